package com.stakeline.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of party an entity is. */
public enum EntityKind {
    COMPANY,
    PERSON,
    INVESTOR,
    FUND,
    GOVERNMENT,
    OTHER;

    /** The name used in an event store, such as {@code company}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with that store name, if any. */
    public static Optional<EntityKind> fromJson(String name) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName().equals(name)).findFirst();
    }
}
