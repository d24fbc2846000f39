package com.stakeline.viewmodel;

import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Tenures;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A read store with what the first picture of it needs, worked out once on the background thread that read it: the
 * subject's as-of history and the events to badge. The filters' choices follow later ({@link FilterChoices}).
 *
 * @param store the store
 * @param history the subject's ownership, tenures and valuations, indexed for as-of queries
 * @param conflicted the ids of events whose sources disagree on a figure
 * @param flagged the ids of events to badge: conflicted, or with a figure that fails a consistency check
 */
public record OpenedStore(EventStore store, CompanyHistory history, Set<String> conflicted, Set<String> flagged) {

    /** Copies the sets. */
    public OpenedStore {
        conflicted = Set.copyOf(conflicted);
        flagged = Set.copyOf(flagged);
    }

    /**
     * Whether {@code other} is this very opened store. Stores are compared by identity, not content: a listener that
     * hears a reload compares the old value with the new, and comparing contents would walk every event on the FX
     * thread (half a second at 100,000 events).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Works out what the views need of {@code store}, whose events {@code failedCheckIds} fail a consistency check. */
    public static OpenedStore prepare(EventStore store, Set<String> failedCheckIds) {
        return prepare(store, failedCheckIds, () -> Tenures.of(store, store.subjectId()));
    }

    /**
     * Works out what the views need of {@code store}, and lays out its timeline with {@code lanes} on a second
     * thread meanwhile. The lanes need only the subject's tenures, so they are ready about when this thread has
     * walked the ownership and the disagreements, instead of after.
     *
     * @param failedCheckIds the events that fail a consistency check
     * @param lanes the timeline of the store, given the subject's tenures
     */
    public static Laid prepareWithLanes(EventStore store, Set<String> failedCheckIds,
                                        Function<Tenures, TimelineModel> lanes) {
        CompletableFuture<Tenures> tenures = CompletableFuture.supplyAsync(() -> Tenures.of(store, store.subjectId()));
        CompletableFuture<TimelineModel> laid = tenures.thenApplyAsync(lanes);
        OpenedStore opened = prepare(store, failedCheckIds, tenures::join);
        return new Laid(opened, laid.join());
    }

    private static OpenedStore prepare(EventStore store, Set<String> failedCheckIds, Supplier<Tenures> tenures) {
        CompanyHistory history = CompanyHistory.of(store, store.subjectId(), tenures);
        Set<String> conflicted = new HashSet<>();
        for (Conflict conflict : Conflicts.of(store)) {
            conflicted.add(conflict.eventId());
        }
        Set<String> flagged = new HashSet<>(conflicted);
        flagged.addAll(failedCheckIds);
        return new OpenedStore(store, history, conflicted, flagged);
    }

    /**
     * An opened store with the lanes of its timeline.
     *
     * @param store the opened store
     * @param lanes its timeline
     */
    public record Laid(OpenedStore store, TimelineModel lanes) {
    }
}
