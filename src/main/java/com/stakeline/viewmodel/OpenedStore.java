package com.stakeline.viewmodel;

import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A read store with what every view needs of it, worked out once on the background thread that read it: the subject's
 * as-of history, the events to badge, and the entities and tags the filters offer.
 *
 * @param store the store
 * @param history the subject's ownership, tenures and valuations, indexed for as-of queries
 * @param conflicted the ids of events whose sources disagree on a figure
 * @param flagged the ids of events to badge: conflicted, or with a figure that fails a consistency check
 * @param entityChoices the ids of the entities the events name, sorted by name; at most {@link #MAX_ENTITY_CHOICES},
 *                      those named most often, when there are more
 * @param tagChoices the tags the events carry, sorted
 */
public record OpenedStore(EventStore store, CompanyHistory history, Set<String> conflicted, Set<String> flagged,
                          List<String> entityChoices, List<String> tagChoices) {

    /**
     * How many entities the entity filter offers at most. A company's history names tens or hundreds; a list of
     * thousands could not be read, and would cost the window a pause to fill. Any entity is found by its name in the
     * search, too.
     */
    public static final int MAX_ENTITY_CHOICES = 300;

    /** Copies the collections. */
    public OpenedStore {
        conflicted = Set.copyOf(conflicted);
        flagged = Set.copyOf(flagged);
        entityChoices = List.copyOf(entityChoices);
        tagChoices = List.copyOf(tagChoices);
    }

    /**
     * Works out what the views need of {@code store}, whose events {@code failedCheckIds} fail a consistency check.
     * The subject's history is built on a second thread while this one finds the disagreements and the choices.
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
        Map<String, Integer> mentions = new HashMap<>();
        Set<String> tags = new HashSet<>();
        for (Event event : store.events()) {
            event.entityIds().forEach(id -> mentions.merge(id, 1, Integer::sum));
            tags.addAll(event.tags());
        }
        List<String> byName = new ArrayList<>(mentions.keySet());
        if (byName.size() > MAX_ENTITY_CHOICES) {
            byName.sort(Comparator.comparing(mentions::get, Comparator.reverseOrder()));
            byName = new ArrayList<>(byName.subList(0, MAX_ENTITY_CHOICES));
        }
        byName.sort(Comparator.comparing(store::entityName, String.CASE_INSENSITIVE_ORDER).thenComparing(id -> id));
        List<String> sortedTags = new ArrayList<>(tags);
        Collections.sort(sortedTags);
        return new OpenedStore(store, history.join(), conflicted, flagged, byName, sortedTags);
    }
}
