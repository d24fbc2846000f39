package com.stakeline.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where sources disagree with the accepted values of events. */
public final class Conflicts {

    private Conflicts() {
    }

    /** Every disagreement in the store, in event order. */
    public static List<Conflict> of(EventStore store) {
        List<Conflict> all = new ArrayList<>();
        EventColumns columns = store.columns();
        // Most events have no source with values of its own; they are passed over without being read.
        for (int i = columns.nextWithClaims(0); i >= 0; i = columns.nextWithClaims(i + 1)) {
            all.addAll(of(store.events().get(i)));
        }
        return List.copyOf(all);
    }

    /**
     * The ids of the events a source disagrees with, in a set of their own that the caller may keep or change: the
     * timeline flags them.
     */
    public static Set<String> eventIds(EventStore store) {
        Set<String> ids = new HashSet<>();
        for (Conflict conflict : of(store)) {
            ids.add(conflict.eventId());
        }
        return ids;
    }

    /**
     * The disagreements of one event: each field a source's {@code says} gives a value that does not agree with the
     * event's own, approximate values compared at their precision.
     */
    public static List<Conflict> of(Event event) {
        return event.sources().stream()
                .flatMap(citation -> citation.says().fields().stream()
                        // stakeApprox only qualifies stakePercent, which is compared with it in mind.
                        .filter(field -> field != Field.STAKE_APPROX && !agrees(event, citation, field))
                        .map(field -> new Conflict(event.id(), field, event.get(field).orElse(null), citation.sourceId(),
                                citation.says().get(field).orElseThrow())))
                .toList();
    }

    private static boolean agrees(Event event, Citation citation, Field<?> field) {
        boolean percentApprox = field == Field.STAKE_PERCENT;
        return Agreement.agree(event.get(field).orElse(null),
                percentApprox && event.get(Field.STAKE_APPROX).orElse(false),
                citation.says().get(field).orElseThrow(),
                percentApprox && citation.says().get(Field.STAKE_APPROX).orElse(false));
    }
}
