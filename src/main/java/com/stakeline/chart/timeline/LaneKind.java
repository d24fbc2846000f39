package com.stakeline.chart.timeline;

import com.stakeline.domain.EventType;

/** The lanes of the timeline when it groups events by what they are. */
public enum LaneKind {
    FUNDING("Funding"),
    OWNERSHIP("Ownership"),
    LEADERSHIP("Leadership"),
    COMPANY("Company"),
    CONTEXT("Context"),
    /** A lane of one entity's events, when the timeline groups by entity instead. */
    ENTITY("Entity");

    private final String title;

    LaneKind(String title) {
        this.title = title;
    }

    /** The lane's name for people. */
    public String title() {
        return title;
    }

    /** The type lane an event of {@code type} about the timeline's subject goes in; events about others are context. */
    public static LaneKind of(EventType type) {
        return switch (type) {
            case FUNDING_ROUND -> FUNDING;
            case STAKE_ACQUISITION, ACQUISITION -> OWNERSHIP;
            case LEADERSHIP_CHANGE -> LEADERSHIP;
            case FOUNDING, MILESTONE -> COMPANY;
        };
    }
}
