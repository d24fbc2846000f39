package com.stakeline.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Ownership of one company as of a date, worked out by walking the events up to that date: the reference that
 * {@link CompanyHistory} answers faster. See {@link OwnershipLedger} for what each event means.
 *
 * <p>An event counts as known on a day once its date's span has begun, so a stake dated "2025-06" counts from
 * 1 June 2025.
 */
public final class Ownership {

    /** The basis of a stake whose event names none. */
    public static final String EQUITY = "equity";

    private Ownership() {
    }

    /** The snapshot of {@code companyId} as of the end of {@code day}, by a walk over every event begun by then. */
    public static OwnershipSnapshot asOf(EventStore store, String companyId, LocalDate day) {
        OwnershipLedger ledger = new OwnershipLedger(OwnershipLedger.Listener.NONE);
        for (Event event : store.events()) {
            if (!event.date().begunBy(day)) {
                break;
            }
            if (event.company().equals(companyId)) {
                ledger.apply(event);
            }
        }
        return ledger.snapshot(day);
    }

    /** The basis of a stake acquisition, lower case: what its {@code basis} field says, or equity. */
    public static String basisOf(Event event) {
        return event.get(Field.BASIS).map(basis -> basis.strip().toLowerCase(Locale.ROOT)).orElse(EQUITY);
    }
}
