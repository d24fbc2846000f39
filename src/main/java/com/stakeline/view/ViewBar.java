package com.stakeline.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above an analysis tab: what the tab shows, in words; what changed between the two dates compared, when
 * two are; and the tab's switches at the right end.
 */
public final class ViewBar extends HBox {

    /**
     * A bar headed {@code heading}.
     *
     * @param changes what changed between the compared dates, shown only when not empty; null for a tab that
     *                compares nothing
     * @param changesId the changes label's id, for tests and styles
     * @param switches the controls at the right end
     */
    public ViewBar(ObservableStringValue heading, ObservableStringValue changes, String changesId, Node... switches) {
        super(8);
        getStyleClass().add("view-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.getStyleClass().add("view-heading");
        title.textProperty().bind(heading);
        title.setMinWidth(0);
        getChildren().add(title);
        if (changes != null) {
            Label changed = new Label();
            changed.setId(changesId);
            changed.getStyleClass().add("view-changes");
            changed.setMinWidth(0);
            changed.textProperty().bind(changes);
            changed.visibleProperty().bind(Bindings.isNotEmpty(changes));
            changed.managedProperty().bind(changed.visibleProperty());
            getChildren().add(changed);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().add(grow);
        getChildren().addAll(switches);
    }

    /** {@code lines} joined into one, as the bar shows changes. */
    public static StringBinding joined(ObservableList<String> lines) {
        return Bindings.createStringBinding(() -> String.join("  ·  ", lines), lines);
    }
}
