package com.stakeline.view.sources;

import com.stakeline.domain.PartialDate;
import com.stakeline.view.CompactDateCell;
import com.stakeline.view.RowsInSight;
import com.stakeline.view.TableColumns;
import com.stakeline.view.ViewBar;
import com.stakeline.viewmodel.sources.FindingRow;
import com.stakeline.viewmodel.sources.SourcesViewModel;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sources and checks tab: every figure a source disputes, and every consistency check with its arithmetic. A
 * click on a row selects its event in the timeline, the table and the details.
 */
public final class SourcesView extends BorderPane {

    private final SourcesViewModel viewModel;

    /** The view of {@code viewModel}. */
    public SourcesView(SourcesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sources-view");

        TableView<FindingRow> conflicts = table("conflict-table", viewModel.conflicts(),
                "No source disagrees with a figure in this store");
        conflicts.getColumns().setAll(List.of(dateColumn(), column("Event", FindingRow::title, 240),
                column("Figure", FindingRow::what, 130), column("Accepted, and what the source says", FindingRow::finding,
                        300), column("Source", FindingRow::source, 220)));
        TableView<FindingRow> checks = table("check-table", viewModel.checks(),
                "No event has figures that can be checked against each other");
        checks.getColumns().setAll(List.of(column("", row -> row.ok() ? "✓" : "⚠", 32), dateColumn(),
                column("Event", FindingRow::title, 240), column("Check", FindingRow::what, 150),
                column("Arithmetic", FindingRow::finding, 420)));

        SplitPane split = new SplitPane(titled("Disagreements between sources", conflicts),
                titled("Consistency checks", checks));
        split.setId("sources-split");
        split.setOrientation(Orientation.HORIZONTAL);
        setTop(new ViewBar(viewModel.summaryProperty(), null, null));
        setCenter(split);
    }

    private TableView<FindingRow> table(String id, ObservableList<FindingRow> rows, String empty) {
        TableView<FindingRow> table = new TableView<>();
        RowsInSight.show(table, rows);
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> viewModel.select(row));
        return table;
    }

    private static VBox titled(String title, TableView<FindingRow> table) {
        Label heading = new Label(title);
        heading.getStyleClass().add("pane-heading");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(heading, table);
    }

    private static TableColumn<FindingRow, PartialDate> dateColumn() {
        TableColumn<FindingRow, PartialDate> date = column("Date", FindingRow::date, 80);
        date.setComparator(Comparator.comparing(PartialDate::start));
        date.setCellFactory(column -> new CompactDateCell<>());
        return date;
    }

    private static <T> TableColumn<FindingRow, T> column(String name, Function<FindingRow, T> value, double width) {
        TableColumn<FindingRow, T> column = TableColumns.of(name, value, width);
        column.setCellFactory(ignored -> new WholeTextCell<>());
        return column;
    }

    /** A cell whose tooltip gives its whole text, which a narrow column cuts. */
    private static final class WholeTextCell<T> extends TableCell<FindingRow, T> {
        private final Tooltip whole = new Tooltip();

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
            whole.setText(getText());
            setTooltip(getText() == null || getText().isEmpty() ? null : whole);
        }
    }
}
