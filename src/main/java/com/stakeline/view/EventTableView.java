package com.stakeline.view;

import com.stakeline.domain.Event;
import com.stakeline.domain.PartialDate;
import com.stakeline.viewmodel.EventRow;
import com.stakeline.viewmodel.MainViewModel;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import java.util.Comparator;
import java.util.List;

/**
 * Every event that passes the filter as a sortable table; its selection is the view-model's selected event,
 * both ways. The table is also the complete path through the events for keyboard and screen-reader users.
 */
final class EventTableView extends TableView<EventRow> {

    private final MainViewModel viewModel;

    EventTableView(MainViewModel viewModel) {
        this.viewModel = viewModel;
        setId("event-table");
        getStyleClass().add("event-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No events to show"));

        TableColumn<EventRow, PartialDate> date = TableColumns.of("Date", EventRow::date, 96);
        date.setCellFactory(column -> new CompactDateCell<>());
        TableColumn<EventRow, String> type = TableColumns.of("Type", EventRow::type, 145);
        TableColumn<EventRow, String> title = TableColumns.of("Title", EventRow::title, 320);
        TableColumn<EventRow, String> company = TableColumns.of("Company", EventRow::company, 120);
        TableColumn<EventRow, EventRow> sources = TableColumns.of("Sources", row -> row, 80);
        sources.setMinWidth(64);
        sources.setComparator(Comparator.comparingInt(EventRow::sources));
        // One tooltip for every cell: each tooltip is a window of its own, costly to make per cell.
        Tooltip disagreement = new Tooltip("Sources disagree on a figure; select the event to see how");
        sources.setCellFactory(column -> new SourcesCell(disagreement));
        getColumns().setAll(List.of(date, type, title, company, sources));

        // Each store and filter brings a new list of rows, which the table sorts in place: a sorted view over it
        // would cost the FX thread a pass over every row each time.
        showRows(viewModel.visibleRows());
        // Out of sight, in a tab not in front, the table would still rebuild its cells for each new list.
        WhenInSight latestRows = new WhenInSight(this, () -> showRows(viewModel.visibleRows()));
        // An invalidation listener: a change listener would compare the old and new lists row by row.
        viewModel.visibleRowsProperty().addListener(observable -> latestRows.request());

        getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.selectedEventProperty().set(row.event());
            }
        });
        viewModel.selectedEventProperty().addListener((observable, old, event) -> select(event));
    }

    private void showRows(ObservableList<EventRow> rows) {
        // New items clear the sort order; putting it back sorts them.
        List<TableColumn<EventRow, ?>> sortOrder = List.copyOf(getSortOrder());
        setItems(rows);
        getSortOrder().setAll(sortOrder);
        select(viewModel.selectedEventProperty().get());
    }

    private void select(Event event) {
        EventRow selected = getSelectionModel().getSelectedItem();
        if (event == null) {
            getSelectionModel().clearSelection();
        } else if (selected == null || !selected.event().equals(event)) {
            getItems().stream().filter(row -> row.event().equals(event)).findFirst().ifPresent(row -> {
                getSelectionModel().select(row);
                scrollTo(row);
            });
        }
    }

    /** The number of sources, marked where they disagree. */
    private static final class SourcesCell extends TableCell<EventRow, EventRow> {
        private final Tooltip disagreement;

        SourcesCell(Tooltip disagreement) {
            this.disagreement = disagreement;
        }

        @Override
        protected void updateItem(EventRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("conflicted");
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(row.conflicted() ? row.sources() + "  ⚠" : Integer.toString(row.sources()));
            setTooltip(row.conflicted() ? disagreement : null);
            if (row.conflicted()) {
                getStyleClass().add("conflicted");
            }
        }
    }
}
