package com.stakeline.viewmodel;

import com.stakeline.domain.EventStore;
import com.stakeline.store.AtomicFile;
import com.stakeline.store.EventStoreWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A copy of unsaved work, kept a few seconds behind the last change in the app's data folder, so that a crash or a
 * power cut loses at most those seconds; the next start offers it back. The copy is dropped once the work is saved
 * or the analyst chooses not to save it.
 */
public final class Recovery {

    /** How long after a change its copy is written: changes in quick succession make one write. */
    public static final Duration DELAY = Duration.ofSeconds(3);

    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());

    private final Path copy;
    private final Path about;
    private final Duration delay;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "recovery copy");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    /**
     * Unsaved work found at start: the copy, the file it belongs to (null for work from no file), and when it was
     * written.
     *
     * @param copy the store as it was
     * @param original the file the work is of, or null for work from no file (the sample dataset, a new store)
     * @param name what the window called the work: its file's name, "untitled.json" for a new store
     * @param written when the copy was made
     */
    public record Found(Path copy, Path original, String name, Instant written) {
    }

    /** Keeps copies in {@code folder}, made when first needed, {@code delay} after a change. */
    public Recovery(Path folder, Duration delay) {
        this.copy = folder.resolve("unsaved.json");
        this.about = folder.resolve("unsaved.properties");
        this.delay = delay;
    }

    /** The store changed and is unsaved: its copy is written a few seconds from now, replacing any before. */
    public synchronized void changed(EventStore store, Path original, String name) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(() -> write(store, original, name), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** There is nothing unsaved now (saved, undone, or not wanted): the copy goes. */
    public synchronized void clear() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        writer.execute(() -> {
            try {
                Files.deleteIfExists(about);
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not remove the recovery copy " + copy, e);
            }
        });
    }

    /** Unsaved work a previous run left, if any. */
    public Optional<Found> found() {
        if (!Files.isRegularFile(copy) || !Files.isRegularFile(about)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(about)) {
            properties.load(in);
            String original = properties.getProperty("original", "");
            return Optional.of(new Found(copy, original.isEmpty() ? null : Path.of(original),
                    properties.getProperty("name", original), Instant.parse(properties.getProperty("written"))));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the recovery note " + about + " cannot be read", e);
            return Optional.empty();
        }
    }

    private void write(EventStore store, Path original, String name) {
        try {
            Files.createDirectories(copy.getParent());
            AtomicFile.write(copy, out -> EventStoreWriter.write(store, out, EventStoreWriter.EventOrder.AS_LISTED),
                    false);
            Properties properties = new Properties();
            properties.setProperty("original", original == null ? "" : original.toAbsolutePath().toString());
            properties.setProperty("name", name);
            properties.setProperty("written", Instant.now().toString());
            AtomicFile.write(about, (OutputStream out) -> properties.store(out, "Stakeline: unsaved work"), false);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not write the recovery copy " + copy, e);
        }
    }
}
