package com.stakeline.store;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON parser's messages into words for someone fixing a file by hand: what is wrong and how it is
 * usually fixed first, then the parser's own detail in brackets, cleaned of its advice on parser features and of
 * its placeholders for the source. The line and column come with the problem, not in the text.
 */
final class JsonSyntaxMessages {

    /** The parser's mention of where a bracket was opened: {@code [Source: ...; line: 1, column: 7]}. */
    private static final Pattern OPENED_AT = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern BRACKET_CONTEXT = Pattern.compile("\\s*\\((?:for|start marker at) .*\\)\\s*$");
    /** The parser's advice on its own features, which would mislead someone fixing a file. */
    private static final Pattern FEATURE_ADVICE = Pattern.compile("\\s*\\([^()]*Feature[^()]*\\)");
    /** The character the parser stopped at: {@code Unexpected character ('}' (code 125))}. */
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");

    /** A fixed explanation for messages that contain {@code clue}. */
    private record Rule(String clue, String words) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("was expecting comma to separate Object entries", "a comma is missing between two fields"),
            new Rule("was expecting comma to separate Array entries", "a comma is missing between two items of a list"),
            new Rule("was expecting a colon", "a colon is missing between a field's name and its value"),
            new Rule("CTRL-CHAR", "a line break or control character inside quoted text; close the quote, "
                    + "or write a line break as \\n"),
            new Rule("comment?", "JSON allows no comments"),
            new Rule("Leading zeroes", "a number may not start with 0"),
            new Rule("plus signs", "a number may not start with '+'"),
            new Rule("character escape", "a backslash in text starts an escape such as \\n or \\\"; "
                    + "write a backslash itself as \\\\"));

    private JsonSyntaxMessages() {
    }

    /** What {@code parserMessage}, the parser's original message, means for the file's author. */
    static String explain(String parserMessage) {
        String detail = detail(parserMessage);
        if (parserMessage.startsWith("Non-standard token")) {
            return "not valid JSON: " + parserMessage.substring(parserMessage.indexOf('\''),
                    parserMessage.lastIndexOf('\'') + 1) + " is not a JSON number";
        }
        if (parserMessage.contains("end-of-input")) {
            String unclosed = opened(parserMessage);
            return "the file ends too early: it looks truncated"
                    + (unclosed.isEmpty() ? "" : "; " + unclosed + " is never closed") + " (" + detail + ")";
        }
        if (parserMessage.contains("Invalid UTF-8")) {
            return "the file is not valid UTF-8 text (" + detail + ")";
        }
        String words = words(parserMessage);
        return "not valid JSON: " + (words.isEmpty() ? detail : words + " (" + detail + ")");
    }

    /** The parser's message as a short detail: its first line, without advice on features or source placeholders. */
    static String detail(String parserMessage) {
        String line = parserMessage.lines().findFirst().orElse(parserMessage);
        int advice = line.indexOf(": enable ");
        line = advice > 0 ? line.substring(0, advice) : line;
        line = BRACKET_CONTEXT.matcher(line).replaceAll("");
        return FEATURE_ADVICE.matcher(line).replaceAll("").strip();
    }

    /** The explanation in words, or empty when the message is not one we know. */
    private static String words(String message) {
        for (Rule rule : RULES) {
            if (message.contains(rule.clue())) {
                return rule.words();
            }
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            String bracket = opened(message);
            return "'" + close.group(1) + "' cannot close " + (bracket.isEmpty() ? bracketName(close.group(2)) : bracket)
                    + ", which ends with '" + close.group(2) + "': a bracket is missing or mismatched";
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value; text goes in double quotes";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return unexpectedCharacter(unexpected.group(1).charAt(0), message.contains("field name"));
        }
        return "";
    }

    private static String unexpectedCharacter(char found, boolean whereAFieldNameGoes) {
        if (found == '\'') {
            return "text and field names go in double quotes, not single quotes";
        }
        if (found == '}' || found == ']') {
            return "a comma before '" + found + "' has nothing after it; remove that last comma";
        }
        return whereAFieldNameGoes ? "a field name must be in double quotes"
                : "a value is missing or malformed: expected text in double quotes, a number, a list, an object, "
                        + "true, false or null";
    }

    private static String bracketName(String closer) {
        return closer.equals("]") ? "the list" : "the object";
    }

    /** "the list opened at line L, column C" when the message says where the bracket was opened, else empty. */
    private static String opened(String message) {
        Matcher at = OPENED_AT.matcher(message);
        if (!at.find()) {
            return "";
        }
        return "the " + (message.contains("Array") ? "list" : "object") + " opened at line " + at.group(1)
                + ", column " + at.group(2);
    }
}
