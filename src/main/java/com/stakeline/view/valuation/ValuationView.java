package com.stakeline.view.valuation;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.valuation.ValuationChart;
import com.stakeline.chart.valuation.ValuationRenderer;
import com.stakeline.chart.valuation.ValuationScale;
import com.stakeline.view.chart.ChartCanvas;
import com.stakeline.viewmodel.valuation.ValuationViewModel;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

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
        for (Observable trigger : new Observable[] {viewModel.chartProperty(), viewModel.windowProperty(),
                viewModel.asOfProperty(), viewModel.logProperty()}) {
            trigger.addListener(observable -> chart.redraw());
        }
        Label heading = new Label();
        heading.getStyleClass().add("view-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setMinWidth(0);
        CheckBox log = new CheckBox("Log scale");
        log.setId("valuation-log");
        log.selectedProperty().bindBidirectional(viewModel.logProperty());
        log.setTooltip(new Tooltip("A logarithmic axis puts $1B, $10B and $100B equally far apart; it is the default "
                + "when the valuations span more than tenfold"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, grow, log);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-bar");
        setTop(bar);
        setCenter(chart);
    }

    private void draw(Painter painter, double width, double height, ChartStyle style) {
        ValuationChart shown = viewModel.chartProperty().get();
        TimeWindow window = viewModel.windowProperty().get();
        // With nothing to draw, the heading says why; axes with no steps would only suggest a scale.
        if (shown == null || window == null || shown.steps().isEmpty()) {
            painter.setAlpha(1);
            painter.setFill(style.background());
            painter.fillRect(0, 0, width, height);
            return;
        }
        renderer.draw(painter, shown, window, width, height, style, viewModel.asOfProperty().get(),
                viewModel.logProperty().get());
        lastScale = renderer.scale(shown, viewModel.logProperty().get(), height);
    }

    /** The value axis drawn last, or null; for tests. */
    ValuationScale lastScale() {
        return lastScale;
    }
}
