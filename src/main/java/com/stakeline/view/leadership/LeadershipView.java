package com.stakeline.view.leadership;

import com.stakeline.view.ownership.OwnershipView;
import com.stakeline.viewmodel.leadership.LeadershipViewModel;
import com.stakeline.viewmodel.leadership.SeatRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The leadership tab: who held each role on the as-of date, since when, and who held it before. */
public final class LeadershipView extends BorderPane {

    /** The view of {@code viewModel}. */
    public LeadershipView(LeadershipViewModel viewModel) {
        getStyleClass().add("leadership-view");
        Label heading = new Label();
        heading.getStyleClass().add("view-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        Label changes = OwnershipView.changesLabel(viewModel.changes());
        changes.setId("leadership-changes");
        HBox bar = new HBox(12, heading, changes);
        bar.getStyleClass().add("view-bar");

        TableView<SeatRow> seats = new TableView<>(viewModel.seats());
        seats.setId("leadership-table");
        seats.setPlaceholder(new Label("No role is known to have been held by this date"));
        seats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        seats.getColumns().setAll(List.of(column("Role", SeatRow::role, 170), column("Held by", SeatRow::heldBy, 220),
                column("Since", SeatRow::since, 240), column("Before them", SeatRow::before, 260),
                column("Flag", SeatRow::flag, 140)));
        setTop(bar);
        setCenter(seats);
    }

    private static TableColumn<SeatRow, String> column(String name, Function<SeatRow, String> value, double width) {
        TableColumn<SeatRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
