package com.stakeline.chart.timeline;

/** How the timeline sorts events into lanes. */
public enum Grouping {
    /** Funding, ownership, leadership, company and context lanes. */
    BY_TYPE,
    /** One lane per company the events are about. */
    BY_ENTITY
}
