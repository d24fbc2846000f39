package com.stakeline.store;

import com.stakeline.domain.PrintableText;

/**
 * One thing wrong with a file, placed so an analyst can find it in an editor.
 *
 * @param severity whether it stops the file from loading
 * @param file the file's name as the user gave it
 * @param location where in the file, or null when the problem concerns the whole file
 * @param path the JSON path of the value, such as {@code events[3].stakePercent}, or empty
 * @param message what is wrong, in words for the person who wrote the file
 */
public record Problem(Severity severity, String file, Location location, String path, String message) {

    /**
     * Escapes whatever in the file name, path and message would act on a terminal or a text line rather than show:
     * a file's own text reaches all three, and must not forge a line of output or reorder what is read.
     */
    public Problem {
        file = PrintableText.escape(file);
        path = PrintableText.escape(path);
        message = PrintableText.escape(message);
    }

    /** The problem as one line: {@code scale.json:41:17: events[3].stakePercent: 149 is not a percentage (0 to 100)}. */
    public String format() {
        StringBuilder line = new StringBuilder(file);
        if (location != null) {
            line.append(':').append(location.line()).append(':').append(location.column());
        }
        return line.append(": ").append(whatIsWrong()).toString();
    }

    /**
     * The problem for a reader who knows which file it is in:
     * {@code Line 41, column 17: events[3].stakePercent: 149 is not a percentage (0 to 100)}.
     */
    public String formatWithinFile() {
        String place = location == null ? "The whole file" : "Line " + location.line() + ", column " + location.column();
        return place + ": " + whatIsWrong();
    }

    private String whatIsWrong() {
        StringBuilder text = new StringBuilder();
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
