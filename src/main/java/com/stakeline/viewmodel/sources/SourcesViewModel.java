package com.stakeline.viewmodel.sources;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.TaskExecutor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How sure the open store's figures are: every figure a source disputes, with the accepted value and the source's
 * claim, and every consistency check with its arithmetic. Worked out in the background after the store is shown;
 * selecting a row selects its event in every view.
 */
public final class SourcesViewModel {

    private static final System.Logger LOG = System.getLogger(SourcesViewModel.class.getName());

    private final AnalysisContext context;
    private final ObservableList<FindingRow> conflicts = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> checks = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper disputedFigures = new ReadOnlyIntegerWrapper(this, "disputedFigures");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** The findings of whatever store {@code context} opens, worked out through {@code executor}. */
    public SourcesViewModel(AnalysisContext context, TaskExecutor executor) {
        this.context = context;
        context.openedProperty().addListener((observable, old, opened) -> {
            conflicts.clear();
            checks.clear();
            disputedFigures.set(0);
            if (opened == null) {
                summary.set("");
                return;
            }
            summary.set("Comparing the sources and checking the figures…");
            executor.execute(() -> Findings.of(opened.store()), found -> {
                if (context.openedProperty().get() == opened) {
                    show(found);
                }
            }, failure -> {
                LOG.log(System.Logger.Level.ERROR, "checking the sources failed", failure);
                if (context.openedProperty().get() == opened) {
                    summary.set("The sources could not be compared: " + failure.getMessage());
                }
            });
        });
    }

    private void show(Findings found) {
        conflicts.setAll(found.conflicts());
        checks.setAll(found.checks());
        disputedFigures.set(found.disputedFigures());
        long warnings = found.checks().stream().filter(row -> !row.ok()).count();
        summary.set(found.disputedFigures() + (found.disputedFigures() == 1 ? " figure" : " figures")
                + " disputed by a source · " + (found.checks().size() - warnings) + " of " + found.checks().size()
                + " checks pass" + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warns" : " warn")));
    }

    /** Selects the row's event in every view. */
    public void select(FindingRow row) {
        if (row != null) {
            context.selectionProperty().set(row.event());
        }
    }

    /** Every figure a source disputes, one row per disagreeing source, in event order. */
    public ObservableList<FindingRow> conflicts() {
        return conflicts;
    }

    /** Every consistency check, passed or warned, in event order. */
    public ObservableList<FindingRow> checks() {
        return checks;
    }

    /** How many figures (an event's field) at least one source disputes. */
    public ReadOnlyIntegerProperty disputedFiguresProperty() {
        return disputedFigures.getReadOnlyProperty();
    }

    /** The findings in a line, or what is being worked out. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The rows of one store, worked out off the FX thread. */
    private record Findings(List<FindingRow> conflicts, List<FindingRow> checks, int disputedFigures) {

        static Findings of(EventStore store) {
            List<FindingRow> conflictRows = new ArrayList<>();
            Set<String> disputed = new HashSet<>();
            for (Conflict conflict : Conflicts.of(store)) {
                Event event = store.event(conflict.eventId()).orElseThrow();
                Field<?> field = conflict.field();
                boolean percentApprox = field == Field.STAKE_PERCENT && event.get(Field.STAKE_APPROX).orElse(false);
                disputed.add(conflict.eventId() + "/" + field.name());
                conflictRows.add(new FindingRow(event, event.date(), event.title(), field.label(),
                        Formats.value(field, conflict.accepted(), percentApprox, store) + ", the source says "
                                + Formats.value(field, conflict.claimed(), false, store),
                        store.sourceTitle(conflict.sourceId()), false));
            }
            List<FindingRow> checkRows = new ArrayList<>();
            for (CheckResult check : ConsistencyChecks.run(store)) {
                Event event = store.event(check.eventId()).orElseThrow();
                checkRows.add(new FindingRow(event, event.date(), event.title(), check.kind().display(), check.description(),
                        "", check.passed()));
            }
            return new Findings(conflictRows, checkRows, disputed.size());
        }
    }
}
