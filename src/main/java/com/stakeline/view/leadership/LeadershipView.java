package com.stakeline.view.leadership;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.leadership.LeadershipLayout;
import com.stakeline.chart.leadership.LeadershipRenderer;
import com.stakeline.chart.leadership.LeadershipStrip;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.view.RowsInSight;
import com.stakeline.view.TableColumns;
import com.stakeline.view.ViewBar;
import com.stakeline.view.chart.ChartCanvas;
import com.stakeline.viewmodel.ChartDates;
import com.stakeline.viewmodel.leadership.LeadershipViewModel;
import com.stakeline.viewmodel.leadership.SeatRow;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The leadership tab: a strip per role of who held it over the timeline's visible days, and a table of who held each
 * role on the as-of date, since when, and who before them, with who held it on the compared date B beside.
 */
public final class LeadershipView extends BorderPane {

    private final LeadershipViewModel viewModel;
    private final LeadershipRenderer renderer = new LeadershipRenderer(new FontMetricsMeasure());
    private final ChartCanvas chart = new ChartCanvas(this::draw);
    private LeadershipLayout layout;

    /** The view of {@code viewModel}. */
    public LeadershipView(LeadershipViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("leadership-view");
        chart.setId("leadership-chart");
        for (Observable trigger : viewModel.dates().changes()) {
            trigger.addListener(observable -> chart.redraw());
        }
        viewModel.stripProperty().addListener(observable -> chart.redraw());
        Tooltip.install(chart, new Tooltip("Who held each role when. Dashed: interim; pale: before the sources show "
                + "it held; amber: vacant, or two holders at once. Click a bar to select its event."));
        chart.setOnMouseMoved(event -> chart.setCursor(
                spellAt(event.getX(), event.getY()) == null ? Cursor.DEFAULT : Cursor.HAND));
        chart.setOnMouseClicked(event -> {
            LeadershipStrip.Spell spell = spellAt(event.getX(), event.getY());
            if (spell != null) {
                viewModel.select(spell);
            }
        });

        SplitPane split = new SplitPane(chart, seatsTable());
        split.setId("leadership-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        setTop(new ViewBar(viewModel.headingProperty(), ViewBar.joined(viewModel.changes()), "leadership-changes"));
        setCenter(split);
    }

    private TableView<SeatRow> seatsTable() {
        TableView<SeatRow> seats = new TableView<>();
        RowsInSight.show(seats, viewModel.seats());
        seats.setId("leadership-table");
        seats.setPlaceholder(new Label("No role is known to have been held by this date"));
        seats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SeatRow, String> onB = TableColumns.of("", SeatRow::heldOnB, 200);
        onB.textProperty().bind(viewModel.compareHeadingProperty());
        onB.visibleProperty().bind(viewModel.compareHeadingProperty().isNotEmpty());
        seats.getColumns().setAll(List.of(TableColumns.of("Role", SeatRow::role, 130),
                TableColumns.of("Held by", SeatRow::heldBy, 180), onB, TableColumns.of("Since", SeatRow::since, 180),
                TableColumns.of("Before them", SeatRow::before, 220), TableColumns.of("Flag", SeatRow::flag, 130)));
        return seats;
    }

    private LeadershipStrip.Spell spellAt(double x, double y) {
        return layout == null ? null : layout.spellAt(x, y).orElse(null);
    }

    private void draw(Painter painter, double width, double height, ChartStyle style) {
        LeadershipStrip strip = viewModel.stripProperty().get();
        ChartDates dates = viewModel.dates();
        TimeWindow window = dates.windowProperty().get();
        if (strip == null || window == null || strip.rows().isEmpty()) {
            layout = null;
            // While the history is worked out, the heading says so.
            ChartCanvas.drawMessage(painter, width, height, style,
                    strip == null ? "" : "No leadership change at the company is in this store");
            return;
        }
        layout = renderer.layout(strip, window, width, height);
        renderer.draw(painter, layout, style, dates.asOfProperty().get(), dates.compareWithProperty().get());
    }

    /** The layout drawn last, or null; for tests that click a bar. */
    LeadershipLayout lastLayout() {
        return layout;
    }

    /** The chart, for the window to give its context menu. */
    public ChartCanvas chart() {
        return chart;
    }
}
