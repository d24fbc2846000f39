package com.stakeline.view;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Shows a view-model's rows in a table while the table is in sight. A table out of sight, in a tab not in front, still
 * rebuilds its cells whenever its row count changes: reopening a million-event store kept the FX thread busy for tens
 * of milliseconds laying out tables nobody was looking at. Out of sight, the table keeps the rows it had, and catches
 * up, sorted as it was, when it comes back.
 */
public final class RowsInSight {

    private RowsInSight() {
    }

    /** Makes {@code table} show {@code rows}, following their changes while it is in sight. */
    public static <T> void show(TableView<T> table, ObservableList<T> rows) {
        ObservableList<T> shown = FXCollections.observableArrayList(rows);
        table.setItems(shown);
        WhenInSight catchUp = new WhenInSight(table, () -> {
            shown.setAll(rows);
            table.sort();
        });
        rows.addListener((Observable change) -> catchUp.request());
    }
}
