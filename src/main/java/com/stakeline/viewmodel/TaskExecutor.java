package com.stakeline.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file reads and writes) away from the UI thread and hands the outcome back on it. View-models take
 * one of these so tests can run the same code on the current thread.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work}, then {@code onSuccess} with its result or {@code onFailure} with what it threw, both on the
     * thread the view-model's state belongs to.
     */
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code update}, which changes view-model state, on that state's thread; called from the work, to show how
     * far it has got. Executors that run work on the caller's thread run it at once.
     */
    default void publish(Runnable update) {
        update.run();
    }
}
