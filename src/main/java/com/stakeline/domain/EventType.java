package com.stakeline.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of event a store holds, each with the fields of its own that it may or must carry. */
public enum EventType {
    FOUNDING("founding", "Founding", List.of(optional(Field.FOUNDERS))),
    FUNDING_ROUND("funding_round", "Funding round", List.of(
            required(Field.ROUND), required(Field.AMOUNT), optional(Field.PRE_MONEY), optional(Field.POST_MONEY),
            optional(Field.LEAD_INVESTORS), optional(Field.INVESTORS))),
    STAKE_ACQUISITION("stake_acquisition", "Stake acquisition", List.of(
            required(Field.ACQUIRER), required(Field.STAKE_PERCENT), optional(Field.STAKE_APPROX), optional(Field.BASIS),
            optional(Field.AMOUNT), optional(Field.POST_MONEY), optional(Field.SELLERS))),
    ACQUISITION("acquisition", "Acquisition", List.of(required(Field.ACQUIRER), optional(Field.AMOUNT))),
    LEADERSHIP_CHANGE("leadership_change", "Leadership change", List.of(
            required(Field.PERSON), required(Field.ROLE), required(Field.CHANGE), optional(Field.TO_ORGANIZATION),
            optional(Field.INTERIM))),
    MILESTONE("milestone", "Milestone", List.of(optional(Field.PARTIES)));

    private static final Map<String, EventType> BY_JSON_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::jsonName, Function.identity()));

    private final String jsonName;
    private final String display;
    private final List<FieldRule> fieldRules;

    EventType(String jsonName, String display, List<FieldRule> fieldRules) {
        this.jsonName = jsonName;
        this.display = display;
        this.fieldRules = fieldRules;
    }

    /** The name used in an event store, such as {@code funding_round}. */
    public String jsonName() {
        return jsonName;
    }

    /** The name for people, such as "Funding round". */
    public String display() {
        return display;
    }

    /** The type's own fields, in the order people read them. */
    public List<FieldRule> fieldRules() {
        return fieldRules;
    }

    /** Whether an event of this type may carry the field. */
    public boolean allows(Field<?> field) {
        return fieldRules.stream().anyMatch(rule -> rule.field() == field);
    }

    /** The type with that store name, if any. */
    public static Optional<EventType> fromJson(String name) {
        return Optional.ofNullable(BY_JSON_NAME.get(name));
    }

    /** The store names of every type, for messages: "founding, funding_round, …". */
    public static String jsonNames() {
        return Arrays.stream(values()).map(EventType::jsonName).collect(Collectors.joining(", "));
    }

    private static FieldRule required(Field<?> field) {
        return new FieldRule(field, true);
    }

    private static FieldRule optional(Field<?> field) {
        return new FieldRule(field, false);
    }

    /**
     * Whether an event type requires a field or only allows it.
     *
     * @param field the field
     * @param required whether every event of the type must carry it
     */
    public record FieldRule(Field<?> field, boolean required) {
    }
}
