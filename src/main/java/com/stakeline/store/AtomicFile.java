package com.stakeline.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file so that it is either wholly there or not changed at all, even if the process is killed or the
 * machine loses power while it writes: the bytes go to a temporary file in the same folder, forced to disk, which then
 * replaces the target in one move, after which the folder is forced too. A failed write never leaves half a file, nor
 * spoils the file it was to replace.
 */
public final class AtomicFile {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}, which the caller closes. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Makes {@code target} hold {@code bytes}, replacing any file there. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), false);
    }

    /**
     * Makes {@code target} hold what {@code content} writes, replacing any file there. The new file keeps the
     * permissions of the one it replaces.
     *
     * @param keepBackup whether the file replaced stays beside it as {@code NAME.bak}, itself replaced atomically
     * @throws IOException if any step fails; {@code target} is then as it was
     */
    public static void write(Path target, Content content, boolean keepBackup) throws IOException {
        // A link is followed, so that saving through it changes the file it names rather than replacing the link.
        Path absolute = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = temporaryBeside(absolute, ".tmp");
        try {
            // Made as any new file is, so it gets the user's usual permissions; a temporary file from
            // Files.createTempFile would be readable by its owner alone.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            boolean replacing = Files.exists(absolute);
            if (replacing) {
                keepPermissions(absolute, temporary);
                if (keepBackup) {
                    backUp(absolute);
                }
            }
            move(temporary, absolute);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where the backup of {@code file} is kept: beside it, named {@code NAME.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static Path temporaryBeside(Path file, String suffix) {
        return file.resolveSibling("." + file.getFileName() + "-" + UUID.randomUUID() + suffix);
    }

    /**
     * Makes {@code NAME.bak} the file as it is now. A second name for the same bytes (a hard link) costs nothing
     * and cannot be half written; where links are not supported, a copy is made. Either is put in place in one move,
     * so an older backup is never lost to a half-made new one.
     */
    private static void backUp(Path file) throws IOException {
        Path temporary = temporaryBeside(file, ".bak.tmp");
        try {
            try {
                Files.createLink(temporary, file);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(file, temporary, StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temporary, backupOf(file));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot; the file is still complete before it is moved.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void keepPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(to, source.readAttributes().permissions());
        } catch (IOException e) {
            // The new file keeps the usual permissions: readable as any file the user makes.
        }
    }

    /**
     * Forces the folder's entries to disk, so that the move itself survives a power cut. Folders cannot be opened on
     * every system (Windows refuses); there the move is as durable as the system makes it.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // See above: nothing more can be done here.
        }
    }
}
