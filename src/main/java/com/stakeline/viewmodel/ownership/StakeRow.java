package com.stakeline.viewmodel.ownership;

import com.stakeline.domain.Event;
import com.stakeline.domain.PartialDate;

/**
 * One row of the stake history table: what one event did to one holder's stake.
 *
 * @param holder the holder's name
 * @param date the event's date
 * @param stake the holding after the event: "49%", "at most 60%", "0% (ended)"
 * @param basis the basis, such as "equity"
 * @param paid what the holder paid, "—" when the event does not say or the holder was a seller
 * @param sources the titles of the sources the event cites
 * @param event the event, which selecting the row selects
 */
public record StakeRow(String holder, PartialDate date, String stake, String basis, String paid, String sources,
                       Event event) {
}
