package com.stakeline.viewmodel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs work on a background daemon thread as a JavaFX {@link Task}, whose handlers run on the FX thread. A success
 * handler that throws is reported to the failure handler, so the user hears of it instead of a silent log line.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "stakeline-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            try {
                onSuccess.accept(task.getValue());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "applying the result of background work failed", e);
                onFailure.accept(e);
            }
        });
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        threads.execute(task);
    }

    @Override
    public void publish(Runnable update) {
        Platform.runLater(update);
    }
}
