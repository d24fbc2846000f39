package com.stakeline.store;

import com.stakeline.domain.PrintableText;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One JSON value and everything in it, kept in flat arrays rather than an object per value, with the place of each
 * value and member name in its file.
 *
 * <p>A value is an index: the root is 0, a container's members or items follow it in file order, and {@link #next}
 * steps over a whole value. A store's million events go through one reused tree each, so reading them makes no
 * garbage beyond their strings: a tree of objects, maps and locations once made most of the reader's time.
 */
final class JsonTree {

    /** What a value is. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL }

    private static final Kind[] KINDS = Kind.values();
    private static final int INITIAL_CAPACITY = 64;
    /** Exponents up to 999 in size are read; no figure of a store needs one past 18 or below -12. */
    private static final int MAX_EXPONENT_DIGITS = 3;

    private byte[] kinds = new byte[INITIAL_CAPACITY];
    /** A string's text or a number as written; null for the others. */
    private String[] texts = new String[INITIAL_CAPACITY];
    /** The member name a value stands under, or null for an array item or the root. */
    private String[] names = new String[INITIAL_CAPACITY];
    private long[] positions = new long[INITIAL_CAPACITY];
    private long[] namePositions = new long[INITIAL_CAPACITY];
    /** For a container, the index just past its last descendant. */
    private int[] ends = new int[INITIAL_CAPACITY];
    private int size;

    /** Empties the tree for the next value, keeping its arrays. */
    void clear() {
        Arrays.fill(texts, 0, size, null);
        Arrays.fill(names, 0, size, null);
        size = 0;
    }

    /** How many values the tree holds. */
    int size() {
        return size;
    }

    /**
     * Appends a value, as the next member of the open container.
     *
     * @param name its member name, or null
     * @param namePosition where that name stands, {@linkplain #position packed}
     * @return its index; a container's end is set by {@link #close}
     */
    int add(Kind kind, String text, String name, long namePosition, long position) {
        if (size == kinds.length) {
            int capacity = size * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            texts = Arrays.copyOf(texts, capacity);
            names = Arrays.copyOf(names, capacity);
            positions = Arrays.copyOf(positions, capacity);
            namePositions = Arrays.copyOf(namePositions, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        kinds[size] = (byte) kind.ordinal();
        texts[size] = text;
        names[size] = name;
        positions[size] = position;
        namePositions[size] = namePosition;
        ends[size] = size + 1;
        return size++;
    }

    /** Ends the container at {@code index} after everything added so far. */
    void close(int index) {
        ends[index] = size;
    }

    /** A line and column packed in one long, so a value's place costs no object until a message needs it. */
    static long position(int line, int column) {
        return (long) line << 32 | (column & 0xFFFF_FFFFL);
    }

    Kind kind(int value) {
        return KINDS[kinds[value]];
    }

    /** A string's text or a number as the file writes it. */
    String text(int value) {
        return texts[value];
    }

    /** The member name {@code value} stands under. */
    String name(int value) {
        return names[value];
    }

    /** Where {@code value} starts. */
    Location location(int value) {
        return location(positions[value]);
    }

    /** Where {@code value} starts, {@linkplain #position packed}. */
    long positionOf(int value) {
        return positions[value];
    }

    /** Where the member name of {@code value} stands. */
    Location nameLocation(int value) {
        return location(namePositions[value]);
    }

    /** The location a {@linkplain #position packed} position stands for. */
    static Location location(long position) {
        return new Location((int) (position >>> 32), (int) position);
    }

    /** The index of the first member or item of a container; equal to {@link #end} when it is empty. */
    static int first(int container) {
        return container + 1;
    }

    /** The index just past the container's last member or item. */
    int end(int container) {
        return ends[container];
    }

    /** The index of the value after {@code value} and all it holds. */
    int next(int value) {
        return ends[value];
    }

    /** The value of the member {@code name} of an object, or -1. */
    int member(int object, String name) {
        for (int member = first(object); member < ends[object]; member = ends[member]) {
            if (name.equals(names[member])) {
                return member;
            }
        }
        return -1;
    }

    /** How many members or items a container holds. */
    int count(int container) {
        int count = 0;
        for (int item = first(container); item < ends[container]; item = ends[item]) {
            count++;
        }
        return count;
    }

    /** A string's text, or null when the value is not a string. */
    String string(int value) {
        return kinds[value] == Kind.STRING.ordinal() ? texts[value] : null;
    }

    /**
     * A number's value, kept exact, any zero as plain 0; null for a number whose exponent is beyond any figure a
     * store holds: reading it would overflow ({@code 1e2147483648}) or make later arithmetic crawl
     * ({@code 1e-100000000}).
     */
    BigDecimal number(int value) {
        String text = texts[value];
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        int mantissaEnd = e < 0 ? text.length() : e;
        boolean zero = true;
        for (int i = 0; i < mantissaEnd && zero; i++) {
            zero = text.charAt(i) < '1' || text.charAt(i) > '9';
        }
        if (zero) {
            return BigDecimal.ZERO;
        }
        if (e >= 0) {
            int digitsStart = text.charAt(e + 1) == '-' || text.charAt(e + 1) == '+' ? e + 2 : e + 1;
            if (text.length() - digitsStart > MAX_EXPONENT_DIGITS) {
                return null;
            }
        }
        return new BigDecimal(text);
    }

    /** A number in at most about 20 characters, for a message. */
    String written(int value) {
        BigDecimal number = number(value);
        return number == null ? PrintableText.brief(texts[value], 12) : PrintableText.number(number);
    }

    /** What the value is, for messages: "a string", "an array", "the number 5". */
    String describe(int value) {
        return switch (kind(value)) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string \"" + PrintableText.brief(texts[value], 40) + "\"";
            case NUMBER -> "the number " + written(value);
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
        };
    }
}
