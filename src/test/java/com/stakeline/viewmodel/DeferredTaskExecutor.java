package com.stakeline.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test says which piece finishes when, to reproduce reads that overtake each other. */
final class DeferredTaskExecutor implements TaskExecutor {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
    }

    /** How much work has been handed in so far; the next piece gets this index. */
    int submitted() {
        return pending.size();
    }

    /** Runs the held work in the given order of submission indexes. */
    void runInOrder(int... indexes) {
        for (int index : indexes) {
            pending.get(index).run();
        }
    }
}
