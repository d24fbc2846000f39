package com.stakeline.viewmodel;

import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Tenures;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A read store with what the first picture of it needs, worked out once on the background thread that read it: the
 * subject's tenures, which the timeline draws as bars, and the events to badge. The filters' choices follow later
 * ({@link FilterChoices}).
 *
 * <p>Opened stores are equal only to themselves: a listener that hears a reload compares the old value with the new,
 * and comparing contents would walk every event on the FX thread (half a second at 100,000 events).
 */
public final class OpenedStore {

    private final EventStore store;
    private final Tenures tenures;
    private final Set<String> conflicted;
    private final Set<String> flagged;

    /**
     * Keeps {@code conflicted}, built for it and held by no one else, without a copy: copying the sets cost a
     * million-event store about 0.1 s before its first frame.
     */
    private OpenedStore(EventStore store, Tenures tenures, Set<String> conflicted, Set<String> failedCheckIds) {
        this.store = store;
        this.tenures = tenures;
        this.conflicted = Collections.unmodifiableSet(conflicted);
        if (failedCheckIds.isEmpty()) {
            flagged = this.conflicted;
        } else {
            Set<String> both = new HashSet<>(conflicted);
            both.addAll(failedCheckIds);
            flagged = Collections.unmodifiableSet(both);
        }
    }

    /** The store. */
    public EventStore store() {
        return store;
    }

    /** The tenures at the store's subject. */
    public Tenures tenures() {
        return tenures;
    }

    /** The ids of events whose sources disagree on a figure. */
    public Set<String> conflicted() {
        return conflicted;
    }

    /** The ids of events to badge: conflicted, or with a figure that fails a consistency check. */
    public Set<String> flagged() {
        return flagged;
    }

    /** Works out what the views need of {@code store}, whose events {@code failedCheckIds} fail a consistency check. */
    public static OpenedStore prepare(EventStore store, Set<String> failedCheckIds) {
        return new OpenedStore(store, Tenures.of(store, store.subjectId()), Conflicts.eventIds(store), failedCheckIds);
    }

    /**
     * Works out what the views need of {@code store}, and has a second thread lay out its timeline with
     * {@code lanes} meanwhile. The lanes place the events first and ask for the subject's tenures only then, so
     * that this thread can work them out in the meantime; it goes on to find the disagreements, and the caller to
     * do whatever it does before it asks for the lanes.
     *
     * @param failedCheckIds the events that fail a consistency check
     * @param lanes the timeline of the store, given the subject's tenures when it asks for them
     */
    public static Laid prepareWithLanes(EventStore store, Set<String> failedCheckIds,
                                        Function<Supplier<Tenures>, TimelineModel> lanes) {
        CompletableFuture<Tenures> tenures = new CompletableFuture<>();
        CompletableFuture<TimelineModel> laid = CompletableFuture.supplyAsync(() -> lanes.apply(tenures::join));
        try {
            tenures.complete(Tenures.of(store, store.subjectId()));
        } catch (RuntimeException failure) {
            // The lanes wait for the tenures; they must hear of the failure, not wait for ever.
            tenures.completeExceptionally(failure);
            throw failure;
        }
        return new Laid(new OpenedStore(store, tenures.join(), Conflicts.eventIds(store), failedCheckIds), laid);
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
