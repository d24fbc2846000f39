package com.stakeline.viewmodel.sources;

import com.stakeline.domain.Event;
import com.stakeline.domain.PartialDate;

/**
 * One row of the sources and checks tab: a figure a source disputes, or a consistency check and its arithmetic.
 *
 * @param event the event the finding is about, which selecting the row selects
 * @param date the event's date
 * @param title the event's title
 * @param what the disputed field, or the check's name
 * @param finding for a conflict, the accepted value and what the source says instead; for a check, its arithmetic
 * @param source the disagreeing source's title, or "" for a check
 * @param ok for a check, whether it passed; a conflict is never ok
 */
public record FindingRow(Event event, PartialDate date, String title, String what, String finding, String source,
                         boolean ok) {

    /** The outcome in a word: "disputed", "ok" or "warning". */
    public String outcome() {
        return source.isEmpty() ? (ok ? "ok" : "warning") : "disputed";
    }
}
