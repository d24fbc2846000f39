package com.stakeline.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What happened to a person's role in a leadership change. */
public enum LeadershipChangeKind {
    APPOINTED("appointed"),
    INTERIM_APPOINTED("appointed on an interim basis"),
    DEPARTED("departed"),
    /** The person holds the role on this date and did before; when they began is not reported. */
    CONTINUES("continues in the role");

    private static final Map<String, LeadershipChangeKind> BY_JSON_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(LeadershipChangeKind::jsonName, Function.identity()));

    private final String display;

    LeadershipChangeKind(String display) {
        this.display = display;
    }

    /** The name used in an event store, such as {@code interim_appointed}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The change for people, such as "appointed on an interim basis". */
    public String display() {
        return display;
    }

    /** The change with that store name, if any. */
    public static Optional<LeadershipChangeKind> fromJson(String name) {
        return Optional.ofNullable(BY_JSON_NAME.get(name));
    }
}
