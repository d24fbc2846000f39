package com.stakeline.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A data file's fingerprint for a caption: the first 12 hex digits of its SHA-256, enough to tell files apart. */
public final class Fingerprint {

    private static final int DIGITS = 12;

    private Fingerprint() {
    }

    /** The fingerprint of {@code file}, read as a stream so a large store needs no memory for it. */
    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    /** The fingerprint of the bytes {@code in} gives, which it reads to the end and leaves open. */
    public static String of(InputStream in) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        new DigestInputStream(in, sha256).transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(sha256.digest()).substring(0, DIGITS);
    }
}
