package com.stakeline.viewmodel;

import com.stakeline.domain.Event;
import com.stakeline.domain.PartialDate;

/**
 * One line of the event table, its cells ready to show.
 *
 * @param event the event
 * @param date the date, which sorts by the span it covers
 * @param type the type for people
 * @param title the headline
 * @param company the name of the company the event is about
 * @param sources the number of sources that report it
 * @param conflicted whether any source disagrees with it
 */
public record EventRow(Event event, PartialDate date, String type, String title, String company, int sources,
                       boolean conflicted) {
}
