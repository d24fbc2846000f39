package com.stakeline.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One dated fact about a company, with the sources that report it.
 *
 * @param id the unique id, such as {@code meta-stake}
 * @param type what kind of event it is
 * @param date when it happened, to the precision the sources give
 * @param endDate when it ended, for events that last, or null
 * @param company the id of the entity the event is about
 * @param title a short headline
 * @param summary a sentence or two, or null
 * @param tags free labels for filtering
 * @param sources the citations, at least one
 * @param fields the figures and parties of the event's type
 */
public record Event(String id, EventType type, PartialDate date, PartialDate endDate, String company, String title,
                    String summary, List<String> tags, List<Citation> sources, FieldValues fields) {

    /** Copies the lists. */
    public Event {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** The event's accepted value of a field, the dates included. */
    public <T> Optional<T> get(Field<T> field) {
        if (field == Field.DATE) {
            return Optional.of(field.cast(date));
        }
        if (field == Field.END_DATE) {
            return Optional.ofNullable(endDate).map(field::cast);
        }
        return fields.get(field);
    }

    /** The end date, for events that last. */
    public Optional<PartialDate> end() {
        return Optional.ofNullable(endDate);
    }

    /** The summary, if the store gives one. */
    public Optional<String> summaryText() {
        return Optional.ofNullable(summary);
    }

    /** Every entity the event names: its company and every party in its fields, without repeats. */
    public List<String> entityIds() {
        // A plain loop: opening a store asks this of every event several times, and streams cost ten times more.
        List<String> ids = new ArrayList<>(4);
        ids.add(company);
        for (Field<?> field : fields.fields()) {
            switch (field.kind()) {
                case ENTITY -> fields.get(field).map(String.class::cast).ifPresent(id -> addNew(ids, id));
                case ENTITIES -> fields.get(field).ifPresent(value -> ((EntityList) value).ids().forEach(id -> addNew(ids, id)));
                default -> {
                }
            }
        }
        return Collections.unmodifiableList(ids);
    }

    private static void addNew(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
