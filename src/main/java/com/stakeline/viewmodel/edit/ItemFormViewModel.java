package com.stakeline.viewmodel.edit;

import com.stakeline.domain.Entity;
import com.stakeline.domain.EventStore;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.EventStoreWriter;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import com.stakeline.store.Severity;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one entity or source, new or changed: the text of each field as typed and the problem beside it, in the
 * reader's words. The item is put into a store of the open store's entities and sources alone, written and read
 * back, and each error placed beside its field; the form gives an item only when the reader would take it.
 *
 * @param <T> what the form makes: an entity or a source
 */
public abstract class ItemFormViewModel<T> {

    private final EventStore store;
    private final T editing;
    private final String array;
    private final String kind;
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private T result;

    /**
     * @param editing the item changed, or null for a new one
     * @param array the store's array of such items, as problems name it: "entities", "sources"
     * @param kind what an item is, for messages: "entity", "source"
     * @param fields the fields, by their names in the file, in the order the form lists them
     */
    protected ItemFormViewModel(EventStore store, T editing, String array, String kind, List<String> fields) {
        this.store = store;
        this.editing = editing;
        this.array = array;
        this.kind = kind;
        for (String field : fields) {
            texts.put(field, new SimpleStringProperty(this, field, ""));
            problems.put(field, new ReadOnlyStringWrapper(this, field + "Problem", ""));
        }
    }

    /** Fills the fields from the item changed, and starts checking as they change; subclasses call it last. */
    protected final void start() {
        if (editing != null) {
            fill(editing);
        }
        texts.values().forEach(text -> text.addListener((Observable observable) -> check()));
        check();
    }

    /** The fields, by their names in the file, in the form's order. */
    public List<String> fields() {
        return List.copyOf(texts.keySet());
    }

    /** The text typed for a field. */
    public StringProperty text(String field) {
        return texts.get(field);
    }

    /** What is wrong with a field as typed, in the reader's words, or empty. */
    public ReadOnlyStringProperty problem(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** Whether the form changes an existing item, whose id then stays: events refer to it. */
    public boolean isEditing() {
        return editing != null;
    }

    /** Whether the item as typed is one the reader would take. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The item as typed, when it is valid. */
    public Optional<T> result() {
        return Optional.ofNullable(valid.get() ? result : null);
    }

    /** The open store. */
    protected EventStore store() {
        return store;
    }

    /** Says {@code message} beside {@code field}. */
    protected void problem(String field, String message) {
        if (problems.get(field).get().isEmpty()) {
            problems.get(field).set(message);
        }
    }

    /** The text of {@code field}, stripped, or null when blank. */
    protected String typed(String field) {
        String text = texts.get(field).get().strip();
        return text.isEmpty() ? null : text;
    }

    /** The id typed, or one made from {@code name} that is free among the items of the store. */
    protected String id(String name, Predicate<String> taken) {
        String typed = typed("id");
        if (typed != null) {
            return typed;
        }
        String base = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? kind : base.substring(0, Math.min(base.length(), 40)).replaceAll("-+$", "");
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Sets the fields from an item of the store. */
    protected abstract void fill(T item);

    /** The item as typed, saying beside its field what cannot be read; null when it cannot be made at all. */
    protected abstract T build();

    /** The id of an item. */
    protected abstract String idOf(T item);

    /** The entities {@code item} names, which the store to check it in needs: an entity's owner. */
    protected List<Entity> named(T item) {
        return List.of();
    }

    /** The items of this kind in {@code store}. */
    protected abstract List<T> itemsOf(EventStore store);

    /** {@code store} with {@code item} put in, in place of the one with its id or added. */
    protected abstract EventStore with(EventStore store, T item);

    private void check() {
        problems.values().forEach(problem -> problem.set(""));
        result = build();
        if (result != null) {
            boolean taken = itemsOf(store).stream().anyMatch(item -> idOf(item).equals(idOf(result)));
            if (!isEditing() && taken) {
                problem("id", "duplicate " + kind + " id '" + idOf(result) + "'; another " + kind + " has it");
            }
            readBack(result);
        }
        valid.set(result != null && problems.values().stream().allMatch(problem -> problem.get().isEmpty()));
    }

    /**
     * Reads {@code item} back in a store of it and what it names alone, and puts each error by its field: it runs
     * at every key typed, so it does not write the whole store.
     */
    private void readBack(T item) {
        EventStore bare = new EventStore(store.title(), null, named(item), List.of(), List.of());
        EventStore withItem = with(bare, item);
        int index = itemsOf(withItem).stream().map(this::idOf).toList().indexOf(idOf(item));
        byte[] bytes = EventStoreWriter.toBytes(withItem, EventStoreWriter.EventOrder.AS_LISTED);
        LoadReport report = new EventStoreReader().read("form", new ByteArrayInputStream(bytes));
        Pattern own = Pattern.compile(Pattern.quote(array + "[" + index + "].") + "([A-Za-z]+)");
        for (Problem found : report.problems()) {
            Matcher field = own.matcher(found.path());
            if (found.severity() == Severity.ERROR && field.lookingAt() && problems.containsKey(field.group(1))) {
                problem(field.group(1), found.message());
            }
        }
    }
}
