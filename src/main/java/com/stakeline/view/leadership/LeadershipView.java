package com.stakeline.view.leadership;

import com.stakeline.view.TableColumns;
import com.stakeline.view.ViewBar;
import com.stakeline.viewmodel.leadership.LeadershipViewModel;
import com.stakeline.viewmodel.leadership.SeatRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The leadership tab: who held each role on the as-of date, since when, and who held it before. */
public final class LeadershipView extends BorderPane {

    /** The view of {@code viewModel}. */
    public LeadershipView(LeadershipViewModel viewModel) {
        getStyleClass().add("leadership-view");

        TableView<SeatRow> seats = new TableView<>(viewModel.seats());
        seats.setId("leadership-table");
        seats.setPlaceholder(new Label("No role is known to have been held by this date"));
        seats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        seats.getColumns().setAll(List.of(TableColumns.of("Role", SeatRow::role, 170),
                TableColumns.of("Held by", SeatRow::heldBy, 220), TableColumns.of("Since", SeatRow::since, 240),
                TableColumns.of("Before them", SeatRow::before, 260), TableColumns.of("Flag", SeatRow::flag, 140)));
        setTop(new ViewBar(viewModel.headingProperty(), ViewBar.joined(viewModel.changes()), "leadership-changes"));
        setCenter(seats);
    }

}
