package com.stakeline.cli;

import com.stakeline.chart.timeline.Grouping;
import com.stakeline.chart.timeline.TimelineFilters;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The timeline's filters on the command line, the same the app's filter bar sets: which types to show, the entities,
 * tags and text to match, and whether what does not match is faded or left out.
 */
final class FilterOptions {

    /** How {@code --group-by} names the groupings. */
    enum GroupBy {
        TYPE(Grouping.BY_TYPE), ENTITY(Grouping.BY_ENTITY);

        private final Grouping grouping;

        GroupBy(Grouping grouping) {
            this.grouping = grouping;
        }
    }

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Show only events of these types, named as in the store, such as funding_round "
                    + "(default: every type).")
    private List<String> types = List.of();

    @Option(names = "--entity", split = ",", paramLabel = "ENTITY",
            description = "Match events that name any of these entities, by id or by name.")
    private List<String> entities = List.of();

    @Option(names = "--tag", split = ",", paramLabel = "TAG", description = "Match events with any of these tags.")
    private List<String> tags = List.of();

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Match events whose title, summary, tags or entities contain the text.")
    private String search;

    @Option(names = "--hide-unmatched",
            description = "Leave out the events the filters do not match, rather than fading them.")
    private boolean hideUnmatched;

    @Option(names = "--group-by", paramLabel = "LANES", defaultValue = "type",
            converter = GroupByConverter.class,
            description = "The timeline's lanes: type or entity (default: ${DEFAULT-VALUE}).")
    private GroupBy groupBy;

    /** Reads {@code --group-by} without regard to case. */
    static final class GroupByConverter implements CommandLine.ITypeConverter<GroupBy> {
        @Override
        public GroupBy convert(String value) {
            try {
                return GroupBy.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("type or entity, not '" + value + "'");
            }
        }
    }

    /**
     * The filters these options set for {@code store}; a usage error, raised through {@code commandLine}, for a type,
     * entity or tag the store does not know.
     */
    TimelineFilters filters(EventStore store, CommandLine commandLine) {
        Set<EventType> hidden = EnumSet.noneOf(EventType.class);
        if (!types.isEmpty()) {
            hidden.addAll(EnumSet.allOf(EventType.class));
            for (String name : types) {
                hidden.remove(EventType.fromJson(name.strip()).orElseThrow(() -> new ParameterException(commandLine,
                        "--type: no event type '" + name + "'; the types are " + EventType.jsonNames())));
            }
        }
        Set<String> entityIds = new LinkedHashSet<>();
        for (String wanted : entities) {
            entityIds.add(store.entityIdOf(wanted.strip()).orElseThrow(() -> new ParameterException(commandLine,
                    "--entity: " + store.title() + " has no entity with the id or name '" + wanted + "'")));
        }
        Set<String> wantedTags = new LinkedHashSet<>(tags.stream().map(String::strip).toList());
        Set<String> known = wantedTags.isEmpty() ? Set.of() : knownTags(store);
        List<String> unknown = wantedTags.stream().filter(tag -> !known.contains(tag)).toList();
        if (!unknown.isEmpty()) {
            throw new ParameterException(commandLine, "--tag: no event of " + store.title() + " is tagged '"
                    + String.join("', '", unknown) + "'");
        }
        EventFilter filter = EventFilter.all().naming(entityIds).tagged(wantedTags).containing(search);
        return new TimelineFilters(groupBy.grouping, hidden, filter, hideUnmatched);
    }

    private static Set<String> knownTags(EventStore store) {
        Set<String> known = new LinkedHashSet<>();
        for (Event event : store.events()) {
            known.addAll(event.tags());
        }
        return known;
    }
}
