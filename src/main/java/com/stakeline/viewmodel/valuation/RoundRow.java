package com.stakeline.viewmodel.valuation;

import com.stakeline.domain.Event;
import com.stakeline.domain.Money;
import com.stakeline.domain.PartialDate;
import java.math.BigDecimal;

/**
 * One funding round of the subject, for the rounds table.
 *
 * @param date when it happened
 * @param round its name, such as "Series C"
 * @param amount what it raised, or null
 * @param preMoney its pre-money valuation, or null
 * @param postMoney its post-money valuation, or null
 * @param stepUp the post-money over the valuation before it, or null
 * @param stepUpText the step-up for people: "~2.07×"; empty when there is none
 * @param leads the lead investors' names
 * @param investors the other investors' names
 * @param sources the titles of the sources it cites
 * @param event the round, which selecting the row selects
 */
public record RoundRow(PartialDate date, String round, Money amount, Money preMoney, Money postMoney,
                       BigDecimal stepUp, String stepUpText, String leads, String investors, String sources,
                       Event event) {
}
