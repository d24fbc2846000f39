package com.stakeline.viewmodel;

import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read store with what every view needs of it, worked out once on the background thread that read it: the subject's
 * as-of history, the events to badge, and the entities and tags the filters offer.
 *
 * @param store the store
 * @param history the subject's ownership, tenures and valuations, indexed for as-of queries
 * @param conflicted the ids of events whose sources disagree on a figure
 * @param flagged the ids of events to badge: conflicted, or with a figure that fails a consistency check
 * @param entityChoices the ids of the entities the events name, sorted by name
 * @param tagChoices the tags the events carry, sorted
 */
public record OpenedStore(EventStore store, CompanyHistory history, Set<String> conflicted, Set<String> flagged,
                          List<String> entityChoices, List<String> tagChoices) {

    /** Copies the collections. */
    public OpenedStore {
        conflicted = Set.copyOf(conflicted);
        flagged = Set.copyOf(flagged);
        entityChoices = List.copyOf(entityChoices);
        tagChoices = List.copyOf(tagChoices);
    }

    /**
     * Works out what the views need of {@code store}, whose events {@code failedCheckIds} fail a consistency check.
     * Takes one pass over the events for the choices, so a million events cost a few hundred milliseconds.
     */
    public static OpenedStore prepare(EventStore store, Set<String> failedCheckIds) {
        Set<String> conflicted = new HashSet<>();
        for (Conflict conflict : Conflicts.of(store)) {
            conflicted.add(conflict.eventId());
        }
        Set<String> flagged = new HashSet<>(conflicted);
        flagged.addAll(failedCheckIds);
        Set<String> entities = new LinkedHashSet<>();
        Set<String> tags = new TreeSet<>();
        for (Event event : store.events()) {
            entities.addAll(event.entityIds());
            tags.addAll(event.tags());
        }
        List<String> byName = new ArrayList<>(entities);
        byName.sort(Comparator.comparing(store::entityName, String.CASE_INSENSITIVE_ORDER).thenComparing(id -> id));
        return new OpenedStore(store, CompanyHistory.of(store, store.subjectId()), conflicted, flagged, byName,
                List.copyOf(tags));
    }
}
