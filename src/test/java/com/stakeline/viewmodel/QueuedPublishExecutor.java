package com.stakeline.viewmodel;

import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread, as {@link CurrentThreadTaskExecutor} does, but keeps what other threads
 * publish (a file watcher's news) until the test runs it on its own thread: the one thread of a view-model, as the
 * FX thread is in the app.
 */
public final class QueuedPublishExecutor implements TaskExecutor {

    private final Queue<Runnable> published = new ConcurrentLinkedQueue<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure);
    }

    @Override
    public void publish(Runnable update) {
        published.add(update);
    }

    /** Runs what has been published so far, in order. */
    public void runPublished() {
        for (Runnable update = published.poll(); update != null; update = published.poll()) {
            update.run();
        }
    }
}
