package com.stakeline.cli;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.Tenure;
import com.stakeline.domain.ValuationPoint;
import com.stakeline.store.LoadReport;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code stakeline summary} reports of a store as of a day, worked out once for the text and the JSON forms:
 * everything comes from events begun by that day.
 *
 * @param report the load report, for the file name and warnings
 * @param store the loaded store
 * @param companyId the company summarised: the store's subject, or the company most events are about
 * @param asOf the day
 * @param ownership who held what
 * @param leadership the tenures held
 * @param valuations the post-money valuations set by then
 * @param conflicts the disagreements among sources of events begun by then
 * @param checks the consistency checks of events begun by then
 */
record Summary(LoadReport report, EventStore store, String companyId, LocalDate asOf, OwnershipSnapshot ownership,
               List<Tenure> leadership, List<ValuationPoint> valuations, List<Conflict> conflicts,
               List<CheckResult> checks) {

    static Summary of(LoadReport report, LocalDate asOf) {
        EventStore store = report.loaded().orElseThrow();
        String company = store.subjectId();
        CompanyHistory history = CompanyHistory.of(store, company);
        Set<String> known = new HashSet<>();
        for (Event event : store.events()) {
            if (!event.date().begunBy(asOf)) {
                break;
            }
            known.add(event.id());
        }
        return new Summary(report, store, company, asOf, history.ownershipAsOf(asOf), history.tenuresHeldOn(asOf),
                history.valuations().stream().filter(point -> point.date().begunBy(asOf)).toList(),
                Conflicts.of(store).stream().filter(conflict -> known.contains(conflict.eventId())).toList(),
                ConsistencyChecks.run(store).stream().filter(check -> known.contains(check.eventId())).toList());
    }
}
