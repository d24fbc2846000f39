package com.stakeline.view.timeline;

import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.FilterChoices;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
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
 * The bar above the timeline: the search field with its match count and next/previous buttons, the type, entity and
 * tag filters, whether unmatched events fade or hide, and the legend. It fits a 1024-pixel window: the six types
 * share one drop-down, whose title says how many are shown.
 */
public final class TimelineToolbar extends ToolBar {

    /** Every type, in the order the filter lists them; kept in a field, as the combo binds to it. */
    private final ObservableList<EventType> typeChoices =
            FXCollections.observableArrayList(EventType.values());
    private final CheckComboBox<EventType> types = new CheckComboBox<>(typeChoices);
    private final CheckComboBox<String> entities = new CheckComboBox<>();
    private final CheckComboBox<String> tags = new CheckComboBox<>();

    /** A toolbar for {@code timeline}, starting with {@code searchField}. */
    public TimelineToolbar(TimelineViewModel timeline, TextField searchField) {
        AnalysisContext context = timeline.context();
        getStyleClass().add("timeline-toolbar");

        Label matches = new Label();
        matches.setId("match-count");
        matches.getStyleClass().add("match-count");
        matches.setMinWidth(Region.USE_PREF_SIZE);
        matches.textProperty().bind(Bindings.createStringBinding(() -> context.isFiltering()
                        ? timeline.matchCountProperty().get() + (timeline.matchCountProperty().get() == 1 ? " match" : " matches")
                        : "", timeline.matchCountProperty(), context.filterProperty()));
        Button previous = new Button("▲");
        previous.setTooltip(new Tooltip("Previous match (Shift+F3)"));
        previous.setOnAction(event -> timeline.selectMatch(-1));
        Button next = new Button("▼");
        next.setTooltip(new Tooltip("Next match (F3)"));
        next.setOnAction(event -> timeline.selectMatch(1));
        previous.disableProperty().bind(timeline.matchCountProperty().isEqualTo(0));
        next.disableProperty().bind(timeline.matchCountProperty().isEqualTo(0));

        types.setId("type-filter");
        types.setConverter(converter(EventType::display));
        types.getCheckModel().checkAll();
        context.hiddenTypes().forEach(type -> types.getCheckModel().clearCheck(type));
        types.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventType>) change -> {
            Set<EventType> hidden = EnumSet.allOf(EventType.class);
            types.getCheckModel().getCheckedItems().forEach(hidden::remove);
            context.hiddenTypes().retainAll(hidden);
            context.hiddenTypes().addAll(hidden);
            updateTypesTitle();
        });
        updateTypesTitle();
        types.setTooltip(new Tooltip("Which kinds of event the timeline and the table show"));

        entities.setId("entity-filter");
        entities.setTitle("Entities");
        entities.setConverter(converter(id -> {
            EventStore store = context.store();
            return store == null ? id : store.entityName(id);
        }));
        entities.setTooltip(new Tooltip("Show only events that name these parties. A store with very many lists the "
                + FilterChoices.MAX_ENTITIES + " named most often; search finds any other by its name."));
        tags.setId("tag-filter");
        tags.setTitle("Tags");
        tags.setTooltip(new Tooltip("Show only events with these tags"));
        for (CheckComboBox<?> combo : List.of(types, entities, tags)) {
            combo.setPrefWidth(110);
            combo.setMinWidth(Region.USE_PREF_SIZE);
        }
        follow(entities, context.entityFilter());
        follow(tags, context.tagFilter());

        ToggleButton hide = new ToggleButton("Hide unmatched");
        hide.setId("hide-unmatched");
        hide.setMinWidth(Region.USE_PREF_SIZE);
        hide.setTooltip(new Tooltip("Hide events that do not match the search and filters, instead of fading them"));
        hide.selectedProperty().bindBidirectional(timeline.hideUnmatchedProperty());

        ToggleButton legend = new ToggleButton("Legend");
        legend.setId("legend-toggle");
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.setTooltip(new Tooltip("Explain the timeline's marks and lines (Ctrl+L)"));
        legend.selectedProperty().bindBidirectional(timeline.legendShownProperty());

        getItems().addAll(searchField, matches, previous, next, new Separator(), types, entities, tags, hide,
                new Separator(), legend);
        Bindings.bindContent(entities.getItems(), timeline.entityChoices());
        Bindings.bindContent(tags.getItems(), timeline.tagChoices());
    }

    private void updateTypesTitle() {
        int shown = types.getCheckModel().getCheckedItems().size();
        types.setTitle(shown == EventType.values().length ? "All types" : "Types: " + shown + " of "
                + EventType.values().length);
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the filters are picked, not typed");
            }
        };
    }

    /** Keeps the filter equal to the combo's checked items, and clears the checks when the context clears it. */
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
