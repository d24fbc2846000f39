package com.stakeline.view.ownership;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.TextMeasure;
import com.stakeline.chart.ownership.OwnershipLayout;
import com.stakeline.chart.ownership.OwnershipRenderer;
import com.stakeline.chart.ownership.PieSlice;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.domain.PartialDate;
import com.stakeline.view.CompactDateCell;
import com.stakeline.view.RowsInSight;
import com.stakeline.view.TableColumns;
import com.stakeline.view.ViewBar;
import com.stakeline.view.chart.ChartCanvas;
import com.stakeline.viewmodel.ownership.OwnershipViewModel;
import com.stakeline.viewmodel.ownership.StakeRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The ownership tab: a pie of who owned what on the as-of date (or before and after a selected stake event), a basis
 * switch, and every holder's stake history. A click on a slice shows only that holder's events.
 */
public final class OwnershipView extends BorderPane {

    private final OwnershipViewModel viewModel;
    private final TextMeasure measure = new FontMetricsMeasure();
    private final OwnershipRenderer renderer = new OwnershipRenderer(measure);
    private final ChartCanvas chart = new ChartCanvas(this::draw);
    private final TableView<StakeRow> history = new TableView<>();
    private final Tooltip sliceTip = new Tooltip();
    private OwnershipLayout layout;

    /** The view of {@code viewModel}. */
    public OwnershipView(OwnershipViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("ownership-view");
        chart.setId("ownership-chart");
        for (Observable trigger : new Observable[] {viewModel.piesProperty(), viewModel.highlightedHolderProperty()}) {
            trigger.addListener(observable -> chart.redraw());
        }
        chart.setOnMouseClicked(event -> sliceAt(event.getX(), event.getY())
                .ifPresent(slice -> viewModel.showHolder(slice.holderId())));
        chart.setOnMouseMoved(event -> {
            PieSlice slice = sliceAt(event.getX(), event.getY()).orElse(null);
            if (slice == null) {
                Tooltip.uninstall(chart, sliceTip);
            } else {
                Tooltip.install(chart, sliceTip);
                sliceTip.setText(slice.name() + ": " + slice.figure()
                        + (slice.detail().isEmpty() ? "" : "\n" + slice.detail())
                        + (slice.undisclosed() ? "" : "\nClick to show only this holder's events"));
            }
        });

        ComboBox<String> basis = new ComboBox<>(viewModel.bases());
        basis.setId("ownership-basis");
        // Not bound both ways: a combo box whose items change clears its value, and the pies always have a basis.
        basis.setValue(viewModel.basisProperty().get());
        basis.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                viewModel.basisProperty().set(chosen);
            }
        });
        viewModel.basisProperty().addListener((observable, old, chosen) -> basis.setValue(chosen));
        viewModel.bases().addListener((Observable observable) -> basis.setValue(viewModel.basisProperty().get()));
        basis.setTooltip(new Tooltip("The basis of the stakes shown; stakes on different bases are never added up"));
        // One basis needs no switch.
        basis.visibleProperty().bind(Bindings.size(viewModel.bases()).greaterThan(1));
        basis.managedProperty().bind(basis.visibleProperty());

        configureHistory();
        SplitPane split = new SplitPane(chart, history);
        split.setId("ownership-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        setTop(new ViewBar(viewModel.headingProperty(), ViewBar.joined(viewModel.changes()), "ownership-changes",
                basis));
        setCenter(split);
    }

    private void configureHistory() {
        history.setId("stake-history");
        RowsInSight.show(history, viewModel.stakeRows());
        history.setPlaceholder(new Label("No stake purchases, sales or acquisitions in this store"));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StakeRow, PartialDate> date = TableColumns.of("Date", StakeRow::date, 80);
        date.setComparator(Comparator.comparing(PartialDate::start));
        date.setCellFactory(column -> new CompactDateCell<>());
        history.getColumns().setAll(List.of(TableColumns.of("Holder", StakeRow::holder, 130), date,
                TableColumns.of("Stake", StakeRow::stake, 100), TableColumns.of("Basis", StakeRow::basis, 70),
                TableColumns.of("Paid", StakeRow::paid, 70), TableColumns.of("Sources", StakeRow::sources, 200)));
        history.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.select(row);
            }
        });
    }

    private Optional<PieSlice> sliceAt(double x, double y) {
        return layout == null ? Optional.empty() : layout.sliceAt(x, y);
    }

    private void draw(Painter painter, double width, double height, ChartStyle style) {
        layout = renderer.layout(viewModel.piesProperty().get(), width, height, style);
        renderer.draw(painter, layout, style, viewModel.highlightedHolderProperty().get());
    }

    /** The layout drawn last, or null; for tests that click a slice. */
    OwnershipLayout lastLayout() {
        return layout;
    }

    /** The chart, for the window to give its context menu. */
    public ChartCanvas chart() {
        return chart;
    }
}
