package com.stakeline.viewmodel.ownership;

import com.stakeline.chart.ownership.OwnershipPie;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.domain.Ownership;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.StakeEntry;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.SubjectHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who owned what of the open store's subject: a pie as of the as-of date; pies just before and just after a selected
 * stake event of the subject; or, while a date B is compared with the as-of date A, pies at A and B and each
 * holder's change between them; and every holder's stake history. One basis at a time, equity
 * unless the analyst picks another. Every figure comes from the subject's {@link CompanyHistory}.
 */
public final class OwnershipViewModel {

    private final AnalysisContext context;
    private final SubjectHistory history;
    private final StringProperty basis = new SimpleStringProperty(this, "basis", Ownership.EQUITY);
    private final ObservableList<String> bases = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<OwnershipPie>> pies = new ReadOnlyObjectWrapper<>(this, "pies", List.of());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper highlightedHolder = new ReadOnlyStringWrapper(this, "highlightedHolder");
    private final ObservableList<StakeRow> stakeRows = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ReadOnlyObjectProperty<StakeTable> stakeTable;

    /**
     * Every holder's stake history and the bases the stakes are on, worked out with the history in the background.
     *
     * @param rows by holder, then date
     * @param bases equity first, then the others in the order met
     */
    private record StakeTable(List<StakeRow> rows, Set<String> bases) {
    }

    /** The ownership of whatever {@code context} shows, answered from {@code history}. */
    public OwnershipViewModel(AnalysisContext context, SubjectHistory history) {
        this.context = context;
        this.history = history;
        stakeTable = history.derive(OwnershipViewModel::stakeTable);
        stakeTable.addListener(observable -> showStakeTable());
        for (Observable trigger : new Observable[] {history.historyProperty(), context.asOfProperty(),
                context.selectionProperty(), basis, context.compareWithProperty(), history.statusProperty()}) {
            trigger.addListener(observable -> update());
        }
        context.entityFilter().addListener((Observable observable) -> highlightedHolder.set(
                context.entityFilter().size() == 1 ? context.entityFilter().iterator().next() : null));
    }

    private static StakeTable stakeTable(EventStore store, CompanyHistory current) {
        List<StakeRow> rows = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        known.add(Ownership.EQUITY);
        for (StakeEntry entry : current.stakeHistory()) {
            known.add(entry.basis());
            store.event(entry.eventId()).ifPresent(event -> rows.add(row(entry, event, store)));
        }
        rows.sort(Comparator.comparing(StakeRow::holder, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(row -> row.date().start()));
        return new StakeTable(rows, known);
    }

    private void showStakeTable() {
        StakeTable table = stakeTable.get();
        Set<String> known = table == null ? Set.of(Ownership.EQUITY) : table.bases();
        stakeRows.setAll(table == null ? List.of() : table.rows());
        bases.setAll(known);
        if (!known.contains(basis.get())) {
            basis.set(Ownership.EQUITY);
        }
    }

    private void update() {
        CompanyHistory current = history.historyProperty().get();
        EventStore store = context.store();
        LocalDate asOf = context.asOfProperty().get();
        changes.clear();
        if (current == null || store == null || asOf == null) {
            pies.set(List.of());
            heading.set(history.statusProperty().get());
            return;
        }
        String company = store.entityName(store.subjectId());
        String shownBasis = basis.get();
        Event selected = context.selectionProperty().get();
        if (changesOwnership(selected, store)) {
            LocalDate day = selected.date().start();
            heading.set("Ownership of " + company + " (" + shownBasis + ") before and after “" + selected.title() + "”");
            pies.set(List.of(
                    pie("Just before, " + Formats.day(day.minusDays(1)), current.ownershipAsOf(day.minusDays(1)),
                            company),
                    pie("Just after, " + selected.date().display(), current.ownershipAsOf(day), company)));
        } else if (context.compareWithProperty().get() != null) {
            LocalDate b = context.compareWithProperty().get();
            heading.set("Ownership of " + company + " (" + shownBasis + "), " + Formats.day(asOf) + " against "
                    + Formats.day(b));
            pies.set(OwnershipPie.atDates(current, asOf, b, shownBasis, store::entityName));
            changes.setAll(changes(current.ownershipAsOf(asOf), current.ownershipAsOf(b), shownBasis, store));
        } else {
            heading.set("Ownership of " + company + " (" + shownBasis + ") as of " + Formats.day(asOf));
            pies.set(OwnershipPie.atDates(current, asOf, null, shownBasis, store::entityName));
        }
    }

    /**
     * Each holder's stake at A and at B, where they differ, as "Meta Platforms 0% → 49%": holders known at either
     * date, in the order A lists them, then B's newcomers.
     */
    private static List<String> changes(OwnershipSnapshot atA, OwnershipSnapshot atB, String basis,
                                        EventStore store) {
        Set<String> holders = new LinkedHashSet<>();
        atA.stakesOn(basis).forEach(stake -> holders.add(stake.holderId()));
        atB.stakesOn(basis).forEach(stake -> holders.add(stake.holderId()));
        List<String> lines = new ArrayList<>();
        for (String holder : holders) {
            String before = figure(atA, basis, holder);
            String after = figure(atB, basis, holder);
            if (!before.equals(after)) {
                lines.add(store.entityName(holder) + " " + before + " → " + after);
            }
        }
        return lines;
    }

    private static String figure(OwnershipSnapshot snapshot, String basis, String holder) {
        return snapshot.stakesOn(basis).stream().filter(stake -> stake.holderId().equals(holder)).findFirst()
                .map(Formats::stakePercent).orElse("0%");
    }

    private OwnershipPie pie(String caption, OwnershipSnapshot snapshot, String company) {
        return OwnershipPie.of(caption, snapshot, basis.get(), company, context.store()::entityName);
    }

    /** Whether {@code event} is one of the subject's stake purchases or its acquisition. */
    private static boolean changesOwnership(Event event, EventStore store) {
        return event != null && event.company().equals(store.subjectId())
                && (event.type() == EventType.STAKE_ACQUISITION || event.type() == EventType.ACQUISITION);
    }

    private static StakeRow row(StakeEntry entry, Event event, EventStore store) {
        boolean bought = entry.holderId().equals(event.get(Field.ACQUIRER).orElse(null));
        String paid = bought ? event.get(Field.AMOUNT).map(Formats::money).orElse("—") : "—";
        return new StakeRow(store.entityName(entry.holderId()), entry.date(), entry.figure(), entry.basis(), paid,
                store.sourceTitles(event), event);
    }

    /** Shows only {@code holderId}'s events in the timeline and the table; the undisclosed rest (null) does nothing. */
    public void showHolder(String holderId) {
        if (holderId != null) {
            context.entityFilter().clear();
            context.entityFilter().add(holderId);
        }
    }

    /** Selects the event of a stake history row, in every view. */
    public void select(StakeRow row) {
        context.selectionProperty().set(row == null ? null : row.event());
    }

    /** The basis the pies show; equity by default. */
    public StringProperty basisProperty() {
        return basis;
    }

    /** The bases the store has stakes on, equity first. */
    public ObservableList<String> bases() {
        return bases;
    }

    /** The pies to draw: one as of the as-of date, or two around a selected stake event; none while working. */
    public ReadOnlyObjectProperty<List<OwnershipPie>> piesProperty() {
        return pies.getReadOnlyProperty();
    }

    /** What the pies show, in words. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The holder the timeline is filtered to, whose slice is outlined; null when none or several. */
    public ReadOnlyStringProperty highlightedHolderProperty() {
        return highlightedHolder.getReadOnlyProperty();
    }

    /** While a date B is compared with A: each holder whose stake differs, as "Meta Platforms 0% → 49%". */
    public ObservableList<String> changes() {
        return changes;
    }

    /** Every holder's stake history, by holder and then date. */
    public ObservableList<StakeRow> stakeRows() {
        return stakeRows;
    }
}
