package com.stakeline.viewmodel;

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

/**
 * What the entity and tag filters offer for a store. Worked out in the background after the store is shown: the
 * filters are not needed for the first picture, and a million events take a second to walk.
 *
 * @param entities the ids of the entities the events name, sorted by name; at most {@link #MAX_ENTITIES}, those
 *                 named most often, when there are more
 * @param tags the tags the events carry, sorted
 */
public record FilterChoices(List<String> entities, List<String> tags) {

    /**
     * How many entities the entity filter offers at most. A company's history names tens or hundreds; a list of
     * thousands could not be read, and would cost the window a pause to fill. Any entity is found by its name in the
     * search, too.
     */
    public static final int MAX_ENTITIES = 300;

    /** No choices, before a store is open. */
    public static final FilterChoices NONE = new FilterChoices(List.of(), List.of());

    /** Copies the lists. */
    public FilterChoices {
        entities = List.copyOf(entities);
        tags = List.copyOf(tags);
    }

    /** The choices {@code store}'s events give, in one pass over them. */
    public static FilterChoices of(EventStore store) {
        Map<String, Integer> mentions = new HashMap<>();
        Set<String> tags = new HashSet<>();
        for (Event event : store.events()) {
            event.entityIds().forEach(id -> mentions.merge(id, 1, Integer::sum));
            tags.addAll(event.tags());
        }
        List<String> byName = new ArrayList<>(mentions.keySet());
        if (byName.size() > MAX_ENTITIES) {
            byName.sort(Comparator.comparing(mentions::get, Comparator.reverseOrder()));
            byName = new ArrayList<>(byName.subList(0, MAX_ENTITIES));
        }
        byName.sort(Comparator.comparing(store::entityName, String.CASE_INSENSITIVE_ORDER).thenComparing(id -> id));
        List<String> sortedTags = new ArrayList<>(tags);
        Collections.sort(sortedTags);
        return new FilterChoices(byName, sortedTags);
    }
}
