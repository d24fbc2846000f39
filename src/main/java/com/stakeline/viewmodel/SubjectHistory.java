package com.stakeline.viewmodel;

import com.stakeline.domain.CompanyHistory;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The as-of history of the open store's subject, which the ownership, valuation and leadership views answer from.
 * Worked out in the background after the store is shown, as the filters' choices are: the first picture of a large
 * store does not wait for it (a second at a million events), and meanwhile it is null.
 */
public final class SubjectHistory {

    private static final System.Logger LOG = System.getLogger(SubjectHistory.class.getName());

    private final ReadOnlyObjectWrapper<CompanyHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** The history of whatever store {@code context} opens, worked out through {@code executor}. */
    public SubjectHistory(AnalysisContext context, TaskExecutor executor) {
        context.openedProperty().addListener((observable, old, opened) -> {
            // The last store's history would answer for the wrong store until the new one is ready.
            history.set(null);
            if (opened == null) {
                status.set("");
                return;
            }
            status.set("Working out the company's history…");
            // The tenures were worked out for the first frame; at a million events they took a fifth of a second.
            executor.execute(() -> CompanyHistory.of(opened.store(), opened.store().subjectId(), opened.tenures()),
                    built -> {
                        if (context.openedProperty().get() == opened) {
                            status.set("");
                            history.set(built);
                        }
                    }, problem -> {
                        LOG.log(System.Logger.Level.ERROR, "working out the company's history failed", problem);
                        if (context.openedProperty().get() == opened) {
                            status.set("The company's history could not be worked out: " + problem.getMessage());
                        }
                    });
        });
    }

    /** The subject's history, or null while it is worked out or when there is no store. */
    public ReadOnlyObjectProperty<CompanyHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** While there is no history for an open store: that it is being worked out, or why it could not be; else "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
