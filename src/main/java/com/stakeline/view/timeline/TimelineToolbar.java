package com.stakeline.view.timeline;

import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The bar above the timeline: the search field with its match count and next/previous buttons, a checkbox per event
 * type, the entity and tag filters, and whether unmatched events fade or hide.
 */
public final class TimelineToolbar extends ToolBar {

    private final TimelineViewModel timeline;
    private final CheckComboBox<String> entities = new CheckComboBox<>();
    private final CheckComboBox<String> tags = new CheckComboBox<>();

    /** A toolbar for {@code timeline}, starting with {@code searchField}. */
    public TimelineToolbar(TimelineViewModel timeline, TextField searchField) {
        this.timeline = timeline;
        getStyleClass().add("timeline-toolbar");

        Label matches = new Label();
        matches.setId("match-count");
        matches.getStyleClass().add("match-count");
        matches.textProperty().bind(Bindings.createStringBinding(() -> timeline.isFiltering()
                        ? timeline.matchCountProperty().get() + (timeline.matchCountProperty().get() == 1 ? " match" : " matches")
                        : "", timeline.matchCountProperty(), timeline.searchTextProperty(), timeline.entityFilter(),
                timeline.tagFilter()));
        Button previous = new Button("▲");
        previous.setTooltip(new Tooltip("Previous match (Shift+F3)"));
        previous.setOnAction(event -> timeline.selectMatch(-1));
        Button next = new Button("▼");
        next.setTooltip(new Tooltip("Next match (F3)"));
        next.setOnAction(event -> timeline.selectMatch(1));
        previous.disableProperty().bind(timeline.matchCountProperty().isEqualTo(0));
        next.disableProperty().bind(timeline.matchCountProperty().isEqualTo(0));

        getItems().addAll(searchField, matches, previous, next, new Separator());
        for (EventType type : EventType.values()) {
            CheckBox shown = new CheckBox(shortName(type));
            shown.setMinWidth(Region.USE_PREF_SIZE);
            shown.setId("type-" + type.jsonName());
            shown.setSelected(!timeline.hiddenTypes().contains(type));
            shown.selectedProperty().addListener((observable, old, isShown) -> {
                if (isShown) {
                    timeline.hiddenTypes().remove(type);
                } else {
                    timeline.hiddenTypes().add(type);
                }
            });
            shown.setTooltip(new Tooltip("Show " + type.display().toLowerCase() + " events"));
            getItems().add(shown);
        }

        entities.setId("entity-filter");
        entities.setPrefWidth(140);
        tags.setPrefWidth(110);
        entities.setTitle("Entities");
        entities.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                EventStore store = timeline.storeProperty().get();
                return id == null || store == null ? "" : store.entityName(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        entities.setTooltip(new Tooltip("Show only events that name these parties"));
        tags.setId("tag-filter");
        tags.setTitle("Tags");
        tags.setTooltip(new Tooltip("Show only events with these tags"));
        follow(entities, timeline.entityFilter());
        follow(tags, timeline.tagFilter());

        ToggleButton hide = new ToggleButton("Hide unmatched");
        hide.setId("hide-unmatched");
        hide.setTooltip(new Tooltip("Hide events that do not match the search and filters, instead of fading them"));
        hide.selectedProperty().bindBidirectional(timeline.hideUnmatchedProperty());

        ToggleButton legend = new ToggleButton("Legend");
        legend.setId("legend-toggle");
        legend.setTooltip(new Tooltip("Explain the timeline's marks and lines (Ctrl+L)"));
        legend.selectedProperty().bindBidirectional(timeline.legendShownProperty());

        getItems().addAll(new Separator(), entities, tags, hide, legend);
        Bindings.bindContent(entities.getItems(), timeline.entityChoices());
        Bindings.bindContent(tags.getItems(), timeline.tagChoices());
    }

    /** The type's name as short as a toolbar needs: "Stakes" for stake acquisitions. */
    private static String shortName(EventType type) {
        return switch (type) {
            case FOUNDING -> "Founding";
            case FUNDING_ROUND -> "Funding";
            case STAKE_ACQUISITION -> "Stakes";
            case ACQUISITION -> "Acquisitions";
            case LEADERSHIP_CHANGE -> "Leadership";
            case MILESTONE -> "Milestones";
        };
    }

    /** Keeps the filter equal to the combo's checked items, and clears the checks when the view-model clears it. */
    private static void follow(CheckComboBox<String> combo, ObservableSet<String> filter) {
        ObservableList<String> checked = combo.getCheckModel().getCheckedItems();
        checked.addListener((ListChangeListener<String>) change -> {
            filter.retainAll(checked);
            filter.addAll(checked);
        });
        filter.addListener((SetChangeListener<String>) change -> {
            if (filter.isEmpty() && !checked.isEmpty()) {
                combo.getCheckModel().clearChecks();
            }
        });
    }
}
