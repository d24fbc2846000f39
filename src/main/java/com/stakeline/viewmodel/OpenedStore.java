package com.stakeline.viewmodel;

import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.EventStore;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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

    /**
     * Works out what the views need of {@code store}, whose events {@code failedCheckIds} fail a consistency check.
     * The subject's history is built on a second thread while this one finds the disagreements.
     */
    public static OpenedStore prepare(EventStore store, Set<String> failedCheckIds) {
        CompletableFuture<CompanyHistory> history =
                CompletableFuture.supplyAsync(() -> CompanyHistory.of(store, store.subjectId()));
        Set<String> conflicted = new HashSet<>();
        for (Conflict conflict : Conflicts.of(store)) {
            conflicted.add(conflict.eventId());
        }
        Set<String> flagged = new HashSet<>(conflicted);
        flagged.addAll(failedCheckIds);
        return new OpenedStore(store, history.join(), conflicted, flagged);
    }
}
