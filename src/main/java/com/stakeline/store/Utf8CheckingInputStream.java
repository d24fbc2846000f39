package com.stakeline.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629), and stops at the first that is not:
 * overlong forms such as {@code C0 AF} for "/", surrogates, code points past U+10FFFF, cut-off sequences, and NUL,
 * which no JSON text holds and which gives away a UTF-16 or UTF-32 file. The JSON parser alone would accept overlong
 * forms and would read a UTF-16 file by guessing its encoding.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

    private long offset;
    private int line = 1;
    private int column = 1;
    /** How many continuation bytes the current sequence still needs. */
    private int pending;
    /** The range the next continuation byte must fall in; it narrows after some lead bytes. */
    private int low = 0x80;
    private int high = 0xbf;
    private long sequenceStart;
    private int sequenceColumn;
    private int leadByte;
    private boolean multibyte;

    Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    /** Whether any character so far took more than one byte, so that byte columns differ from character columns. */
    boolean sawMultibyte() {
        return multibyte;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            ended();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = super.read(buffer, from, length);
        if (n < 0) {
            ended();
        }
        for (int i = from; i < from + n; i++) {
            check(buffer[i] & 0xff);
        }
        return n;
    }

    private void check(int b) throws NotUtf8Exception {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new NotUtf8Exception(sequenceStart, line, sequenceColumn, malformed(b));
            }
            low = 0x80;
            high = 0xbf;
            pending--;
            offset++;
            return;
        }
        if (b == 0) {
            throw new NotUtf8Exception(offset, line, column, "it holds a NUL byte, as a UTF-16 or UTF-32 file does");
        }
        if (b >= 0x80) {
            sequenceStart = offset;
            sequenceColumn = column;
            leadByte = b;
            multibyte = true;
            lead(b);
        }
        if (b == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        offset++;
    }

    /** Starts a multi-byte sequence at lead byte {@code b}, or stops at a byte no sequence starts with. */
    private void lead(int b) throws NotUtf8Exception {
        if (b >= 0xc2 && b <= 0xdf) {
            pending = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            pending = 2;
            // E0 must not encode what fits in two bytes; ED must not encode a UTF-16 surrogate.
            low = b == 0xe0 ? 0xa0 : 0x80;
            high = b == 0xed ? 0x9f : 0xbf;
        } else if (b >= 0xf0 && b <= 0xf4) {
            pending = 3;
            // F0 must not encode what fits in three bytes; F4 must stay at or below U+10FFFF.
            low = b == 0xf0 ? 0x90 : 0x80;
            high = b == 0xf4 ? 0x8f : 0xbf;
        } else if (offset < 2 && (b == 0xfe || b == 0xff)) {
            throw new NotUtf8Exception(offset, line, column, "it starts with a UTF-16 or UTF-32 byte-order mark");
        } else {
            throw new NotUtf8Exception(offset, line, column, "byte " + hex(b) + (b == 0xc0 || b == 0xc1
                    ? " starts an overlong form, which UTF-8 forbids" : b >= 0xf5 ? " would encode a code point past "
                    + "U+10FFFF" : " cannot start a character"));
        }
    }

    /** Why continuation byte {@code b} does not fit the sequence begun by {@link #leadByte}. */
    private String malformed(int b) {
        String bytes = "bytes " + hex(leadByte) + " " + hex(b);
        if (b >= 0x80 && b <= 0xbf) {
            return leadByte == 0xf4 ? bytes + " would encode a code point past U+10FFFF"
                    : leadByte == 0xed ? bytes + " encode a UTF-16 surrogate, which UTF-8 forbids"
                    : bytes + " start an overlong form, which UTF-8 forbids";
        }
        return "a character begun by byte " + hex(leadByte) + " is cut short at byte " + hex(b);
    }

    private void ended() throws NotUtf8Exception {
        if (pending > 0) {
            throw new NotUtf8Exception(sequenceStart, line, sequenceColumn, "the file ends inside a character");
        }
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }

    /** The bytes are not well-formed UTF-8; says where the first bad one is. */
    static final class NotUtf8Exception extends IOException {
        private final Location location;
        private final long offset;

        NotUtf8Exception(long offset, int line, int column, String why) {
            super(why);
            this.offset = offset;
            this.location = new Location(line, column);
        }

        /** The line and column of the character the bad byte belongs to. */
        Location location() {
            return location;
        }

        /** The bad byte's offset from the start of the file. */
        long offset() {
            return offset;
        }
    }
}
