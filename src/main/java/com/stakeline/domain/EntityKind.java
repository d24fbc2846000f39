package com.stakeline.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What sort of party an entity is. */
public enum EntityKind {
    COMPANY,
    PERSON,
    INVESTOR,
    FUND,
    GOVERNMENT,
    OTHER;

    private static final Map<String, EntityKind> BY_JSON_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EntityKind::jsonName, Function.identity()));

    /** The name used in an event store, such as {@code company}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with that store name, if any. */
    public static Optional<EntityKind> fromJson(String name) {
        return Optional.ofNullable(BY_JSON_NAME.get(name));
    }
}
