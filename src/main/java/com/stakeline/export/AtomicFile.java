package com.stakeline.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that it is either wholly there or not changed at all: the bytes go to a temporary file in the same
 * folder, which then replaces the target in one move. A failed export never leaves half a file, nor spoils the file
 * it was to replace.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Makes {@code target} hold {@code bytes}, replacing any file there. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // Made as any new file is, so the export gets the user's usual permissions; a temporary file from
        // Files.createTempFile would be readable by its owner alone.
        Path temporary = folder.resolve("." + absolute.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot; the file is still complete before it is moved.
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
