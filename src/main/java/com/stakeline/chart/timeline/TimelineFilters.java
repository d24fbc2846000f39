package com.stakeline.chart.timeline;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventColumns;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Tenures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * What the analyst narrowed the timeline to: how its lanes group, which event types it hides, and the filter whose
 * matching events stand out, or alone stay when {@code hideUnmatched}. The screen and an export build the same
 * timeline from it.
 *
 * @param grouping how events are grouped into lanes
 * @param hiddenTypes the event types not shown at all
 * @param filter the entity, tag and text filter; {@link EventFilter#all()} when none is set
 * @param hideUnmatched whether events the filter does not match are left out rather than faded
 */
public record TimelineFilters(Grouping grouping, Set<EventType> hiddenTypes, EventFilter filter,
                              boolean hideUnmatched) {

    /** Lanes by type, every event shown, nothing filtered: the timeline as a store first opens. */
    public static final TimelineFilters NONE = new TimelineFilters(Grouping.BY_TYPE, Set.of(), EventFilter.all(),
            false);

    /** Copies the hidden types. */
    public TimelineFilters {
        hiddenTypes = Set.copyOf(hiddenTypes);
    }

    /** Whether an entity, tag or text filter is set. */
    public boolean filtering() {
        return !filter.equals(EventFilter.all());
    }

    /**
     * The timeline of {@code store}'s subject that these filters leave, with the subject's {@code tenures} as bars,
     * open ones running to {@code today}.
     */
    public TimelineModel model(EventStore store, Supplier<Tenures> tenures, LocalDate today) {
        return lanes(store, tenures, grouping, hiddenTypes, filtering() && hideUnmatched ? filter : null, today);
    }

    /**
     * The lanes of {@code store} grouped by {@code grouping}, without the {@code hidden} types and, when
     * {@code onlyMatching} is not null, without the events it does not match; pure, so it runs on any thread.
     */
    public static TimelineModel lanes(EventStore store, Supplier<Tenures> tenures, Grouping grouping,
                                      Set<EventType> hidden, EventFilter onlyMatching, LocalDate today) {
        EventColumns columns = store.columns();
        IntPredicate shown = index -> !hidden.contains(columns.type(index));
        if (onlyMatching != null) {
            shown = shown.and(index -> onlyMatching.test(store.events().get(index), store));
        }
        return TimelineModel.of(store, store.subjectId(), tenures, grouping, shown, today);
    }

    /** Which of {@code model}'s shown events the filter matches; {@link Matches#NONE} when no filter is set. */
    public Matches matches(TimelineModel model, EventStore store) {
        return filtering() ? Matches.of(model, filter, store, index -> false) : Matches.NONE;
    }

    /** Whether the timeline draws {@code event}, faded or not: it is of a shown type, and not left out as unmatched. */
    public boolean shows(Event event, EventStore store) {
        return !hiddenTypes.contains(event.type()) && (!hideUnmatched || filter.test(event, store));
    }

    /** The events the table lists under these filters: those of a shown type that the filter matches. */
    public List<Event> listed(EventStore store) {
        List<Event> listed = new ArrayList<>();
        for (Event event : store.events()) {
            if (!hiddenTypes.contains(event.type()) && filter.test(event, store)) {
                listed.add(event);
            }
        }
        return listed;
    }

    /**
     * The filters in force, in words for a caption, entities by name: "without milestone · naming Meta · tagged ai
     * · containing "wang" · others faded", or "no filters".
     */
    public String describe(EventStore store) {
        List<String> parts = new ArrayList<>();
        if (!hiddenTypes.isEmpty()) {
            parts.add("without " + String.join(" and ", hiddenTypes.stream().sorted()
                    .map(type -> type.display().toLowerCase(Locale.ROOT)).toList()));
        }
        if (!filter.entityIds().isEmpty()) {
            parts.add("naming " + String.join(" or ", filter.entityIds().stream().map(store::entityName)
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList()));
        }
        if (!filter.tags().isEmpty()) {
            parts.add("tagged " + String.join(" or ", filter.tags().stream().sorted().toList()));
        }
        if (!filter.text().isEmpty()) {
            parts.add("containing \"" + filter.text() + "\"");
        }
        if (parts.isEmpty()) {
            return "no filters";
        }
        if (filtering()) {
            parts.add(hideUnmatched ? "others hidden" : "others faded");
        }
        return String.join(" · ", parts);
    }
}
