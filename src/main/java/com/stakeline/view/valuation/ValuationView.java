package com.stakeline.view.valuation;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.valuation.ValuationChart;
import com.stakeline.chart.valuation.ValuationRenderer;
import com.stakeline.chart.valuation.ValuationScale;
import com.stakeline.view.RowsInSight;
import com.stakeline.view.chart.ChartCanvas;
import com.stakeline.viewmodel.ChartDates;
import com.stakeline.viewmodel.valuation.ValuationViewModel;
import com.stakeline.domain.Formats;
import com.stakeline.domain.Money;
import com.stakeline.domain.PartialDate;
import com.stakeline.view.CompactDateCell;
import com.stakeline.view.TableColumns;
import com.stakeline.view.ViewBar;
import com.stakeline.viewmodel.valuation.RoundRow;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The valuation tab: the post-money valuation as steps over the timeline's visible days, with the amounts raised
 * beneath and the as-of cursor, and a switch between a linear and a logarithmic axis.
 */
public final class ValuationView extends BorderPane {

    private final ValuationViewModel viewModel;
    private final ValuationRenderer renderer = new ValuationRenderer(new FontMetricsMeasure());
    private final ChartCanvas chart = new ChartCanvas(this::draw);
    private ValuationScale lastScale;

    /** The view of {@code viewModel}. */
    public ValuationView(ValuationViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("valuation-view");
        chart.setId("valuation-chart");
        for (Observable trigger : viewModel.dates().changes()) {
            trigger.addListener(observable -> chart.redraw());
        }
        viewModel.chartProperty().addListener(observable -> chart.redraw());
        viewModel.logProperty().addListener(observable -> chart.redraw());
        CheckBox log = new CheckBox("Log scale");
        log.setId("valuation-log");
        log.selectedProperty().bindBidirectional(viewModel.logProperty());
        log.setTooltip(new Tooltip("A logarithmic axis puts $1B, $10B and $100B equally far apart; it is the default "
                + "when the valuations span more than tenfold"));
        SplitPane split = new SplitPane(chart, roundsTable());
        split.setId("valuation-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        setTop(new ViewBar(viewModel.headingProperty(), viewModel.comparisonProperty(), "valuation-comparison", log));
        setCenter(split);
    }

    /** The rounds: sortable, several rows selectable, and copied as tab-separated lines with Ctrl+C. */
    private TableView<RoundRow> roundsTable() {
        TableView<RoundRow> table = new TableView<>();
        RowsInSight.show(table, viewModel.rounds());
        table.setId("rounds-table");
        table.setPlaceholder(new Label("No funding rounds in this store"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<RoundRow, PartialDate> date = TableColumns.of("Date", RoundRow::date, 80);
        date.setComparator(Comparator.comparing(PartialDate::start));
        date.setCellFactory(column -> new CompactDateCell<>());
        // Written with its "~" where approximate, sorted by the multiple.
        TableColumn<RoundRow, RoundRow> stepUp = TableColumns.of("Step-up", row -> row, 70);
        stepUp.setComparator(Comparator.comparing(RoundRow::stepUp, Comparator.nullsFirst(Comparator.naturalOrder())));
        stepUp.setCellFactory(column -> new TextCell<>(row -> row == null ? "" : row.stepUpText()));
        table.getColumns().setAll(List.of(date, TableColumns.of("Round", RoundRow::round, 110), money("Amount", RoundRow::amount),
                money("Pre-money", RoundRow::preMoney), money("Post-money", RoundRow::postMoney),
                stepUp, TableColumns.of("Lead", RoundRow::leads, 140),
                TableColumns.of("Other investors", RoundRow::investors, 180), TableColumns.of("Sources", RoundRow::sources, 220)));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> viewModel.select(row));
        MenuItem copy = new MenuItem("Copy Rows (tab-separated)");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(event -> copyRows(table));
        table.setContextMenu(new ContextMenu(copy));
        table.setOnKeyPressed(event -> {
            if (copy.getAccelerator().match(event)) {
                copyRows(table);
                event.consume();
            }
        });
        return table;
    }

    private static void copyRows(TableView<RoundRow> table) {
        ClipboardContent content = new ClipboardContent();
        content.putString(ValuationViewModel.tabSeparated(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static TableColumn<RoundRow, Money> money(String name, Function<RoundRow, Money> value) {
        TableColumn<RoundRow, Money> column = TableColumns.of(name, value, 90);
        column.setComparator(Comparator.nullsFirst(Comparator.comparing(Money::value)));
        column.setCellFactory(ignored -> new TextCell<>(money -> money == null ? "—" : Formats.money(money)));
        return column;
    }

    /** A cell that writes its value for people, while the column sorts by the value itself. */
    private static final class TextCell<T> extends TableCell<RoundRow, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : text.apply(item));
        }
    }

    private void draw(Painter painter, double width, double height, ChartStyle style) {
        ValuationChart shown = viewModel.chartProperty().get();
        ChartDates dates = viewModel.dates();
        TimeWindow window = dates.windowProperty().get();
        if (shown == null || window == null || shown.steps().isEmpty()) {
            // The heading says why: the history is being worked out, or no valuation is known.
            ChartCanvas.drawMessage(painter, width, height, style,
                    shown == null ? "" : viewModel.headingProperty().get());
            return;
        }
        renderer.draw(painter, shown, window, width, height, style, dates.asOfProperty().get(),
                dates.compareWithProperty().get(), viewModel.logProperty().get());
        lastScale = renderer.scale(shown, viewModel.logProperty().get(), height);
    }

    /** The value axis drawn last, or null; for tests. */
    ValuationScale lastScale() {
        return lastScale;
    }

    /** The chart, for the window to give its context menu. */
    public ChartCanvas chart() {
        return chart;
    }
}
