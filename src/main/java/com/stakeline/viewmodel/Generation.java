package com.stakeline.viewmodel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Numbers the runs of one kind of background work, so that only the newest run's result is shown and an older run
 * over a million events stops early instead of finishing for nothing.
 */
public final class Generation {

    /** How many items a long run works through between asking whether a newer run has begun. */
    private static final int CHECK_INTERVAL = 4096;

    private final AtomicInteger current = new AtomicInteger();

    /** Starts a new run, which supersedes every earlier one, and gives its number. */
    public int next() {
        return current.incrementAndGet();
    }

    /** Whether run {@code generation} is still the newest; its result is shown only then. */
    public boolean isCurrent(int generation) {
        return current.get() == generation;
    }

    /**
     * For a long loop of run {@code generation}: true at an item index where the loop should stop, because a newer run
     * has begun. It asks every {@value #CHECK_INTERVAL} items, so the check costs nothing measurable.
     */
    public IntPredicate stopAt(int generation) {
        return index -> index % CHECK_INTERVAL == 0 && !isCurrent(generation);
    }
}
