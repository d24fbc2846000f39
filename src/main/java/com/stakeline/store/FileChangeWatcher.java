package com.stakeline.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one file for changes made by others, through the JDK's {@link WatchService} on its folder alone.
 *
 * <p>The {@code io.methvin:directory-watcher} library gets native events on macOS, where the JDK polls; but it
 * always watches a folder and every folder below it, and a store kept in the home folder would have it register
 * thousands. The JDK's service watches the one folder: at once on Linux and Windows, within seconds on macOS.
 *
 * <p>A change is told once the file's size and time have held still a moment, so a save in several writes is one
 * change; a change this app made itself is not told, once {@link #expect} has been told of it.
 */
public final class FileChangeWatcher implements Closeable {

    /** How long a file must hold still before its change is told. */
    static final long SETTLE_MILLIS = 300;

    private final Path file;
    private final Consumer<Path> onChange;
    private final WatchService service;
    private final Thread thread;
    private volatile Stamp known;

    /**
     * Starts watching {@code file}, as it is now, telling {@code onChange} on the watcher's own thread when another
     * program changes, replaces or deletes it.
     */
    public FileChangeWatcher(Path file, Consumer<Path> onChange) throws IOException {
        this.file = file.toAbsolutePath();
        this.onChange = onChange;
        this.known = Stamp.of(this.file);
        this.service = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::watch, "watch " + this.file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** The file now holds what this app wrote; that change is not someone else's. */
    public void expect() {
        known = Stamp.of(file);
    }

    /** The file watched. */
    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        service.close();
        if (Thread.currentThread() != thread) {
            // Closed from its own thread (a change it told of led to another file), it ends as it returns.
            thread.interrupt();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = key.pollEvents().stream().anyMatch(event -> event.context() instanceof Path name
                        && name.equals(file.getFileName()));
                key.reset();
                if (ours) {
                    settleAndTell();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the store was closed or another opened.
        }
    }

    /** Waits until the file holds still, then tells of it if it is not as last known. */
    private void settleAndTell() throws InterruptedException {
        Stamp seen = Stamp.of(file);
        while (true) {
            TimeUnit.MILLISECONDS.sleep(SETTLE_MILLIS);
            // Events that came meanwhile are of this same change.
            WatchKey more = service.poll();
            if (more != null) {
                more.pollEvents();
                more.reset();
            }
            Stamp now = Stamp.of(file);
            if (now.equals(seen)) {
                break;
            }
            seen = now;
        }
        if (!seen.equals(known)) {
            known = seen;
            onChange.accept(file);
        }
    }

    /** A file's size, modification time and identity, or nothing when there is no file. */
    private record Stamp(long size, long modified, Object key) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(),
                        Objects.requireNonNullElse(attributes.fileKey(), ""));
            } catch (IOException e) {
                return new Stamp(-1, -1, "");
            }
        }
    }
}
