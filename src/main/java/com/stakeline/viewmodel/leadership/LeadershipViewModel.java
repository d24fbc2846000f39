package com.stakeline.viewmodel.leadership;

import com.stakeline.chart.leadership.LeadershipStrip;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Formats;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.RoleSeat;
import com.stakeline.domain.Roles;
import com.stakeline.domain.Tenure;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.ChartDates;
import com.stakeline.viewmodel.ObservableLists;
import com.stakeline.viewmodel.SubjectHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who ran the open store's subject: on the as-of date, every role it has had by then, who held it, since when, and
 * who held it before, with vacant roles and two holders of a one-holder role flagged; while a date B is compared
 * with it, who held each role on B too, and each role whose holders changed between the two; and, over the
 * timeline's visible days, a strip per role of who held it when.
 */
public final class LeadershipViewModel {

    private final AnalysisContext context;
    private final SubjectHistory history;
    private final ObservableList<SeatRow> seats = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper compareHeading = new ReadOnlyStringWrapper(this, "compareHeading", "");
    private final ReadOnlyObjectProperty<LeadershipStrip> strip;
    private final ChartDates dates;

    /**
     * The leadership of whatever {@code context} shows, answered from {@code history}, its strip drawn over the days
     * of {@code dates}.
     */
    public LeadershipViewModel(AnalysisContext context, SubjectHistory history, ChartDates dates) {
        this.context = context;
        this.history = history;
        this.dates = dates;
        // The strip depends on the history alone; the cursor only moves lines over it.
        strip = history.derive((store, current) -> LeadershipStrip.of(current.roles(), store));
        for (Observable trigger : new Observable[] {history.historyProperty(), history.statusProperty(),
                context.asOfProperty(), context.compareWithProperty()}) {
            trigger.addListener(observable -> update());
        }
    }

    private void update() {
        CompanyHistory current = history.historyProperty().get();
        EventStore store = context.store();
        LocalDate asOf = context.asOfProperty().get();
        if (current == null || store == null || asOf == null) {
            changes.clear();
            compareHeading.set("");
            seats.clear();
            heading.set(history.statusProperty().get());
            return;
        }
        List<RoleSeat> onDay = RoleSeat.on(current.roles(), asOf);
        heading.set("Leadership of " + store.entityName(store.subjectId()) + " on " + Formats.day(asOf)
                + (onDay.isEmpty() ? ": no role is known to have been held by then" : ""));
        LocalDate b = context.compareWithProperty().get();
        if (b == null) {
            changes.clear();
            compareHeading.set("");
            ObservableLists.replace(seats, onDay.stream().map(seat -> row(seat, "", store)).toList());
            return;
        }
        List<RoleSeat> onB = RoleSeat.on(current.roles(), b);
        compareHeading.set("On B, " + PartialDate.ofDay(b).compact());
        ObservableLists.replace(changes, changes(onDay, onB, store));
        ObservableLists.replace(seats, besideEachOther(onDay, onB, store));
    }

    /** A row per role held by A or by B, A's first: what A shows, with who held it on B beside. */
    private static List<SeatRow> besideEachOther(List<RoleSeat> atA, List<RoleSeat> atB, EventStore store) {
        Map<String, String> heldOnB = new LinkedHashMap<>();
        atB.forEach(seat -> heldOnB.put(Roles.key(seat.role()), holders(seat, store)));
        List<SeatRow> rows = new ArrayList<>();
        for (RoleSeat seat : atA) {
            rows.add(row(seat, heldOnB.getOrDefault(Roles.key(seat.role()), "not yet held"), store));
        }
        List<String> keysAtA = atA.stream().map(seat -> Roles.key(seat.role())).toList();
        for (RoleSeat seat : atB) {
            if (!keysAtA.contains(Roles.key(seat.role()))) {
                rows.add(new SeatRow(seat.role(), "not yet held", "", "", "", holders(seat, store)));
            }
        }
        return rows;
    }

    /** Each role whose holders differ between A and B, as "CEO: Alexandr Wang → Jason Droege (interim)". */
    private static List<String> changes(List<RoleSeat> atA, List<RoleSeat> atB, EventStore store) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RoleSeat seat : atA) {
            names.putIfAbsent(Roles.key(seat.role()), seat.role());
            before.put(Roles.key(seat.role()), holders(seat, store));
        }
        for (RoleSeat seat : atB) {
            names.putIfAbsent(Roles.key(seat.role()), seat.role());
            after.put(Roles.key(seat.role()), holders(seat, store));
        }
        List<String> lines = new ArrayList<>();
        names.forEach((key, role) -> {
            String from = before.getOrDefault(key, "nobody");
            String to = after.getOrDefault(key, "nobody");
            if (!from.equals(to)) {
                lines.add(role + ": " + from + " → " + to);
            }
        });
        return lines;
    }

    private static String holders(RoleSeat seat, EventStore store) {
        return seat.vacant() ? "vacant" : seat.holders().stream().map(tenure -> Formats.holder(tenure, store))
                .collect(Collectors.joining(", "));
    }

    private static SeatRow row(RoleSeat seat, String heldOnB, EventStore store) {
        String heldBy = holders(seat, store);
        String since = seat.holders().stream().map(LeadershipViewModel::since).collect(Collectors.joining(", "));
        String before = seat.previousHolder().map(tenure -> Formats.holder(tenure, store) + ", until "
                + tenure.end().display()).orElse("");
        String flag = seat.overlapping() ? "two holders at once" : seat.vacant() ? "vacant" : "";
        return new SeatRow(seat.role(), heldBy, since, before, flag, heldOnB);
    }

    private static String since(Tenure tenure) {
        return tenure.started().map(start -> "since " + start.display())
                .orElse("by " + tenure.heldBy().display() + " (start not reported)");
    }

    /** The roles on the as-of date, in the order the company first had them. */
    public ObservableList<SeatRow> seats() {
        return seats;
    }

    /** While a date B is compared with A: each role whose holders differ, as "CEO: Alexandr Wang → Jason Droege". */
    public ObservableList<String> changes() {
        return changes;
    }

    /** What the table shows, in words. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The heading of the column of who held each role on B, such as "On B, 1 Jul 2025"; empty without B. */
    public ReadOnlyStringProperty compareHeadingProperty() {
        return compareHeading.getReadOnlyProperty();
    }

    /** Who held each role when, for the strip; null while the history is worked out or when no store is open. */
    public ReadOnlyObjectProperty<LeadershipStrip> stripProperty() {
        return strip;
    }

    /** The days the strip spans and the dates it marks. */
    public ChartDates dates() {
        return dates;
    }

    /** Selects in every view the event that began {@code spell}, or that first shows it held. */
    public void select(LeadershipStrip.Spell spell) {
        EventStore store = context.store();
        if (store != null) {
            store.event(spell.tenure().startEventId()).ifPresent(context.selectionProperty()::set);
        }
    }
}
