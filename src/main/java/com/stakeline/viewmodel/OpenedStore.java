package com.stakeline.viewmodel;

import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Tenures;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A read store with what the first picture of it needs, worked out once on the background thread that read it: the
 * subject's tenures, which the timeline draws as bars, and the events to badge. The filters' choices follow later
 * ({@link FilterChoices}).
 *
 * @param store the store
 * @param tenures the tenures at the store's subject
 * @param conflicted the ids of events whose sources disagree on a figure
 * @param flagged the ids of events to badge: conflicted, or with a figure that fails a consistency check
 */
public record OpenedStore(EventStore store, Tenures tenures, Set<String> conflicted, Set<String> flagged) {

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
        Set<String> conflicted = conflicted(store);
        return new OpenedStore(store, Tenures.of(store, store.subjectId()), conflicted,
                flagged(conflicted, failedCheckIds));
    }

    /**
     * Works out what the views need of {@code store}, and has a second thread lay out its timeline with
     * {@code lanes} as soon as the subject's tenures are known. The disagreements are found on this thread
     * meanwhile, and so is whatever the caller does before it asks for the lanes.
     *
     * @param failedCheckIds the events that fail a consistency check
     * @param lanes the timeline of the store, given the subject's tenures
     */
    public static Laid prepareWithLanes(EventStore store, Set<String> failedCheckIds,
                                        Function<Tenures, TimelineModel> lanes) {
        CompletableFuture<Tenures> tenures = CompletableFuture.supplyAsync(() -> Tenures.of(store, store.subjectId()));
        CompletableFuture<TimelineModel> laid = tenures.thenApplyAsync(lanes);
        Set<String> conflicted = conflicted(store);
        return new Laid(new OpenedStore(store, tenures.join(), conflicted, flagged(conflicted, failedCheckIds)), laid);
    }

    private static Set<String> conflicted(EventStore store) {
        Set<String> conflicted = new HashSet<>();
        for (Conflict conflict : Conflicts.of(store)) {
            conflicted.add(conflict.eventId());
        }
        return conflicted;
    }

    private static Set<String> flagged(Set<String> conflicted, Set<String> failedCheckIds) {
        Set<String> flagged = new HashSet<>(conflicted);
        flagged.addAll(failedCheckIds);
        return flagged;
    }

    /**
     * An opened store, and the lanes of its timeline as they are laid out.
     *
     * @param store the opened store
     * @param lanes its timeline, when laid out
     */
    public record Laid(OpenedStore store, CompletableFuture<TimelineModel> lanes) {
    }
}
