package com.stakeline.viewmodel;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import java.time.LocalDate;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The one shared state of a window, which every feature view-model reads: the open store, the selected event, the
 * as-of date and the date compared with it, and the filters. Views change it through their view-models; nothing else lives here.
 */
public final class AnalysisContext {

    private final ReadOnlyObjectWrapper<OpenedStore> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ObjectProperty<Event> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<LocalDate> compareWith = new SimpleObjectProperty<>(this, "compareWith");
    private final ObservableSet<EventType> hiddenTypes = FXCollections.observableSet();
    private final ObservableSet<String> entities = FXCollections.observableSet();
    private final ObservableSet<String> tags = FXCollections.observableSet();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyObjectWrapper<EventFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", EventFilter.all());

    /** An empty context: no store, nothing selected, no filter. */
    public AnalysisContext() {
        for (Observable part : new Observable[] {entities, tags, searchText}) {
            part.addListener(observable -> filter.set(EventFilter.all().naming(Set.copyOf(entities))
                    .tagged(Set.copyOf(tags)).containing(searchText.get())));
        }
    }

    /**
     * Shows {@code store}. The selection moves to the same event in the new store, or to none; a store that is not
     * a reload of the last one clears the entity and tag filters, whose choices it does not share.
     */
    public void open(OpenedStore store, boolean reload) {
        String selectedId = selection.get() == null ? null : selection.get().id();
        opened.set(store);
        if (!reload) {
            entities.clear();
            tags.clear();
        }
        selection.set(selectedId == null ? null : store.store().event(selectedId).orElse(null));
    }

    /** The open store with what the views need of it; null before the first. */
    public ReadOnlyObjectProperty<OpenedStore> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The open store, or null. */
    public EventStore store() {
        return opened.get() == null ? null : opened.get().store();
    }

    /** The selected event, which every view shows. */
    public ObjectProperty<Event> selectionProperty() {
        return selection;
    }

    /** The as-of date that the timeline's cursor and every chart follow; null before a store is open. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** A second date, B, that the charts compare with the as-of date, A; null when they show A alone. */
    public ObjectProperty<LocalDate> compareWithProperty() {
        return compareWith;
    }

    /** The event types not shown anywhere. */
    public ObservableSet<EventType> hiddenTypes() {
        return hiddenTypes;
    }

    /** Match events naming any of these entities; empty matches all. */
    public ObservableSet<String> entityFilter() {
        return entities;
    }

    /** Match events with any of these tags; empty matches all. */
    public ObservableSet<String> tagFilter() {
        return tags;
    }

    /** Text that matching events contain. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The entity, tag and text filters together; a new value whenever one of them changes. */
    public ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Whether any of the entity, tag or text filters is set. */
    public boolean isFiltering() {
        return !entities.isEmpty() || !tags.isEmpty() || !searchText.get().isBlank();
    }
}
