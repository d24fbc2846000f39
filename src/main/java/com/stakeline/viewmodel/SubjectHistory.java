package com.stakeline.viewmodel;

import com.stakeline.domain.CompanyHistory;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The as-of history of the open store's subject, which the ownership, valuation and leadership views answer from.
 * Worked out in the background after the store is shown, as the filters' choices are: the first picture of a large
 * store does not wait for it (a second at a million events), and meanwhile it is null.
 */
public final class SubjectHistory {

    private static final System.Logger LOG = System.getLogger(SubjectHistory.class.getName());

    private final ReadOnlyObjectWrapper<CompanyHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    /** The history of whatever store {@code context} opens, worked out through {@code executor}. */
    public SubjectHistory(AnalysisContext context, TaskExecutor executor) {
        context.openedProperty().addListener((observable, old, opened) -> {
            // The last store's history would answer for the wrong store until the new one is ready.
            history.set(null);
            failure.set(null);
            if (opened == null) {
                return;
            }
            executor.execute(() -> CompanyHistory.of(opened.store(), opened.store().subjectId()), built -> {
                if (context.openedProperty().get() == opened) {
                    history.set(built);
                }
            }, problem -> {
                LOG.log(System.Logger.Level.ERROR, "working out the company's history failed", problem);
                if (context.openedProperty().get() == opened) {
                    failure.set(problem);
                }
            });
        });
    }

    /** The subject's history, or null while it is worked out or when there is no store. */
    public ReadOnlyObjectProperty<CompanyHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Why the history could not be worked out, or null. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
