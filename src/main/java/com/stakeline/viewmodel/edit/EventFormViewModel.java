package com.stakeline.viewmodel.edit;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityList;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.FieldKind;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.Formats;
import com.stakeline.domain.LeadershipChangeKind;
import com.stakeline.domain.Money;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import com.stakeline.domain.StoreEdits;
import com.stakeline.domain.TypedFigures;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.EventStoreWriter;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import com.stakeline.store.Severity;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The form of one event, new or changed: the text of each field as typed, what the form understood of it, and the
 * problem beside it. Problems come from the reader, the same code and words as {@code validate}: the event as typed is
 * written into a store of its own with the open store's entities and sources, and read back. The form gives an event
 * only when the reader would take it.
 */
public final class EventFormViewModel {

    /** The fields every event has, by their names in the file. */
    private static final List<String> COMMON_FIELDS = List.of("id", "date", "endDate", "company", "title", "summary",
            "tags", "sources");

    private static final Pattern PROBLEM_FIELD = Pattern.compile("events\\[0]\\.([A-Za-z]+)");

    private final EventStore store;
    private final Event editing;
    /** The currency of amounts typed without one; found when first needed, since it walks every event. */
    private String defaultCurrency;
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>(this, "type");
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<Field<?>, BooleanProperty> flags = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> understood = new LinkedHashMap<>();
    private final Map<String, StringProperty> saysTexts = new LinkedHashMap<>();
    private final ObservableSet<String> citedSources = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<Source> sources;
    private final ObservableList<String> entityNames;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private Event result;
    /** The store's entities and sources, with those added from this form, and no events: what the event may name. */
    private EventStore parties;
    private final List<Entity> addedEntities = new ArrayList<>();
    private final List<Source> addedSources = new ArrayList<>();

    /**
     * A form for a new event of {@code type} in {@code store}, or for changing {@code editing}, whose type stays.
     *
     * @param editing the event changed, or null for a new one
     */
    public EventFormViewModel(EventStore store, Event editing, EventType type) {
        this.store = store;
        this.editing = editing;
        this.parties = new EventStore(store.title(), store.declaredSubjectId().orElse(null), store.entities(),
                store.sources(), List.of());
        this.sources = FXCollections.observableArrayList(store.sources());
        this.entityNames = FXCollections.observableArrayList(store.entities().stream().map(Entity::name).toList());
        for (String name : COMMON_FIELDS) {
            texts.put(name, new SimpleStringProperty(this, name, ""));
        }
        for (EventType eventType : EventType.values()) {
            for (EventType.FieldRule rule : eventType.fieldRules()) {
                if (rule.field().kind() == FieldKind.FLAG) {
                    flags.computeIfAbsent(rule.field(), field -> new SimpleBooleanProperty(this, field.name()));
                } else {
                    texts.computeIfAbsent(rule.field().name(), name -> new SimpleStringProperty(this, name, ""));
                }
            }
        }
        texts.keySet().forEach(name -> {
            problems.put(name, new ReadOnlyStringWrapper(this, name + "Problem", ""));
            understood.put(name, new ReadOnlyStringWrapper(this, name + "Understood", ""));
        });
        this.type.set(editing == null ? type : editing.type());
        if (editing != null) {
            fill(editing);
        } else {
            texts.get("company").set(store.subject().map(Entity::name).orElse(""));
        }
        texts.values().forEach(text -> text.addListener((Observable observable) -> check()));
        flags.values().forEach(flag -> flag.addListener((Observable observable) -> check()));
        citedSources.addListener((Observable observable) -> check());
        this.type.addListener((Observable observable) -> check());
        check();
    }

    /** The event's type; fixed when an event is changed. */
    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    /** Whether the form changes an existing event. */
    public boolean isEditing() {
        return editing != null;
    }

    /** The text typed for a field other than a flag, by its name in the file ("date", "stakePercent"). */
    public StringProperty text(String field) {
        return texts.get(field);
    }

    /** A true-or-false field ("stakeApprox", "interim"). */
    public BooleanProperty flag(Field<?> field) {
        return flags.get(field);
    }

    /** What is wrong with a field as typed, in the reader's words, or empty; null for a flag, never wrong. */
    public ReadOnlyStringProperty problem(String field) {
        ReadOnlyStringWrapper problem = problems.get(field);
        return problem == null ? null : problem.getReadOnlyProperty();
    }

    /**
     * What the form understood of a date or a figure ("June 2025 (month)", "$14.3B"), or empty; null for a flag,
     * which needs no explaining.
     */
    public ReadOnlyStringProperty understood(String field) {
        ReadOnlyStringWrapper said = understood.get(field);
        return said == null ? null : said.getReadOnlyProperty();
    }

    /** The ids of the sources the event cites. */
    public ObservableSet<String> citedSources() {
        return citedSources;
    }

    /** Every source of the store, to choose from. */
    public ObservableList<Source> sources() {
        return sources;
    }

    /** Every entity's name, for type-ahead. */
    public ObservableList<String> entityNames() {
        return entityNames;
    }

    /**
     * The store's entities and sources, with those added from this form, and no events: for the form of a new entity
     * or source to check its id against.
     */
    public EventStore parties() {
        return parties;
    }

    /** Adds an entity made from inside this form ("new entity…"), which the event may then name. */
    public void addEntity(Entity entity) {
        parties = StoreEdits.putEntity(parties, entity);
        addedEntities.add(entity);
        entityNames.add(entity.name());
        check();
    }

    /** Adds a source made from inside this form, and cites it. */
    public void addSource(Source source) {
        parties = StoreEdits.putSource(parties, source);
        addedSources.add(source);
        sources.add(source);
        citedSources.add(source.id());
    }

    /**
     * {@code store} with the entities and sources added from this form: the event needs them, and with it they make
     * one change, undone at once.
     */
    public EventStore withAdded(EventStore store) {
        EventStore with = store;
        for (Entity entity : addedEntities) {
            with = StoreEdits.putEntity(with, entity);
        }
        for (Source source : addedSources) {
            with = StoreEdits.putSource(with, source);
        }
        return with;
    }

    /** Whether the event as typed is one the reader would take. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The event as typed, when it is valid. */
    public Optional<Event> result() {
        return Optional.ofNullable(valid.get() ? result : null);
    }

    private void fill(Event event) {
        texts.get("id").set(event.id());
        texts.get("date").set(event.date().toString());
        texts.get("endDate").set(event.endDate() == null ? "" : event.endDate().toString());
        texts.get("company").set(store.entityName(event.company()));
        texts.get("title").set(event.title());
        texts.get("summary").set(event.summary() == null ? "" : event.summary());
        texts.get("tags").set(String.join(", ", event.tags()));
        for (Citation citation : event.sources()) {
            citedSources.add(citation.sourceId());
            says(citation.sourceId()).set(saysText(citation.says()));
        }
        for (Field<?> field : event.fields().fields()) {
            Object value = event.fields().get(field).orElseThrow();
            if (field.kind() == FieldKind.FLAG) {
                flags.get(field).set((Boolean) value);
            } else {
                texts.get(field.name()).set(typedText(field, value));
            }
        }
    }

    /** A field's value as an analyst would type it, which the form reads back as the same value. */
    private String typedText(Field<?> field, Object value) {
        return switch (field.kind()) {
            case ENTITY -> store.entityName((String) value);
            case ENTITIES -> String.join(", ", ((EntityList) value).ids().stream().map(store::entityName).toList());
            case MONEY -> typed((Money) value);
            case PERCENT -> ((BigDecimal) value).toPlainString();
            case LEADERSHIP_CHANGE -> ((LeadershipChangeKind) value).jsonName();
            default -> value.toString();
        };
    }

    /**
     * What a source says against the event, typed as {@code field = value; field = value}: "postMoney = ~$13.8B;
     * date = 2023". Empty when the source agrees; each cited source has its own.
     */
    public StringProperty says(String sourceId) {
        return saysTexts.computeIfAbsent(sourceId, id -> {
            StringProperty text = new SimpleStringProperty(this, "says " + id, "");
            text.addListener((Observable observable) -> check());
            return text;
        });
    }

    private String saysText(FieldValues says) {
        List<String> claims = new ArrayList<>();
        for (Field<?> field : says.fields()) {
            claims.add(field.name() + " = " + typedText(field, says.get(field).orElseThrow()));
        }
        return String.join("; ", claims);
    }

    /** Reads what a source says, as typed; a claim that cannot be read is said beside the sources. */
    private FieldValues readSays(String sourceId, EventType eventType) {
        FieldValues.Builder says = FieldValues.builder();
        StringProperty text = saysTexts.get(sourceId);
        if (text == null || text.get().isBlank()) {
            return says.build();
        }
        String title = parties.sourceTitle(sourceId);
        for (String claim : text.get().split(";")) {
            if (claim.isBlank()) {
                continue;
            }
            int equals = claim.indexOf('=');
            String name = equals < 0 ? claim.strip() : claim.substring(0, equals).strip();
            Optional<Field<?>> field = Field.byName(name).filter(known -> known == Field.DATE
                    || known == Field.END_DATE || eventType.allows(known));
            if (equals < 0 || field.isEmpty()) {
                problems.get("sources").set(title + " says '" + claim.strip() + "': expected field = value, with a "
                        + "field of this event such as date or " + eventType.fieldRules().get(0).field().name());
                continue;
            }
            String value = claim.substring(equals + 1).strip();
            Object read = field.get().kind() == FieldKind.FLAG ? Boolean.valueOf(value)
                    : parse(field.get().kind(), value, message -> problems.get("sources").set(title + " says " + name
                    + ": " + message), said -> { });
            if (read != null) {
                put(says, field.get(), read);
            }
        }
        return says.build();
    }

    /** Reads every field as typed, and then the event through the reader, and says what is wrong where. */
    private void check() {
        problems.values().forEach(problem -> problem.set(""));
        understood.values().forEach(said -> said.set(""));
        EventType eventType = type.get();
        FieldValues.Builder values = FieldValues.builder();
        for (EventType.FieldRule rule : eventType.fieldRules()) {
            read(rule.field(), values);
        }
        PartialDate date = date("date");
        PartialDate endDate = date("endDate");
        String company = entity("company");
        List<Citation> citations = new ArrayList<>();
        for (String sourceId : citedSources) {
            citations.add(new Citation(sourceId, readSays(sourceId, eventType)));
        }
        String id = texts.get("id").get().strip();
        if (id.isEmpty()) {
            id = suggestedId();
            if (!texts.get("title").get().isBlank()) {
                understood.get("id").set("will be " + id);
            }
        } else if (store.event(id).isPresent() && (editing == null || !editing.id().equals(id))) {
            problems.get("id").set("duplicate event id '" + id + "'; another event has it");
        }
        boolean typedWell = problems.values().stream().allMatch(problem -> problem.get().isEmpty());
        result = null;
        if (typedWell && date != null && company != null) {
            Event event = new Event(id, eventType, date, endDate, company, texts.get("title").get().strip(),
                    blankAsNull(texts.get("summary").get()), tags(), citations, values.build());
            readBack(event);
            result = event;
        } else {
            missing(eventType);
        }
        valid.set(result != null && problems.values().stream().allMatch(problem -> problem.get().isEmpty()));
    }

    /**
     * Says "missing required field", as the reader would, beside every required field left empty: while the date
     * or the company is missing the event cannot be read back, and the form would else name only those two.
     */
    private void missing(EventType eventType) {
        List<String> required = new ArrayList<>(List.of("date", "company", "title"));
        eventType.fieldRules().stream().filter(EventType.FieldRule::required)
                .filter(rule -> rule.field().kind() != FieldKind.FLAG)
                .forEach(rule -> required.add(rule.field().name()));
        for (String name : required) {
            if (texts.get(name).get().isBlank() && problems.get(name).get().isEmpty()) {
                problems.get(name).set("missing required field");
            }
        }
        if (citedSources.isEmpty()) {
            problems.get("sources").set("an event needs at least one source");
        }
    }

    /**
     * Writes {@code event} into a store of its own, with the entities it names and the sources it cites, reads it
     * back as a file is read, and puts each problem beside its field. It runs at every key typed, so it does not
     * write the whole store.
     */
    private void readBack(Event event) {
        EventStore alone = StoreEdits.around(parties, event);
        byte[] bytes = EventStoreWriter.toBytes(alone, EventStoreWriter.EventOrder.AS_LISTED);
        LoadReport report = new EventStoreReader().read("form", new ByteArrayInputStream(bytes));
        for (Problem problem : report.problems()) {
            Matcher field = PROBLEM_FIELD.matcher(problem.path());
            if (problem.severity() == Severity.ERROR && field.lookingAt()) {
                ReadOnlyStringWrapper beside = problems.get(field.group(1));
                if (beside != null && beside.get().isEmpty()) {
                    beside.set(problem.message());
                }
            }
        }
    }

    private void read(Field<?> field, FieldValues.Builder values) {
        if (field.kind() == FieldKind.FLAG) {
            if (flags.get(field).get()) {
                put(values, field, true);
            }
            return;
        }
        String name = field.name();
        String text = texts.get(name).get().strip();
        if (!text.isEmpty()) {
            Object value = parse(field.kind(), text, problems.get(name)::set, understood.get(name)::set);
            if (value != null) {
                put(values, field, value);
            }
        }
    }

    /**
     * A value of {@code kind} typed as {@code text}, other than a flag; null when it cannot be read, which is told
     * to {@code problem}. What was understood of a date or a figure is told to {@code said}.
     */
    private Object parse(FieldKind kind, String text, Consumer<String> problem, Consumer<String> said) {
        switch (kind) {
            case TEXT -> {
                return text;
            }
            case ENTITY -> {
                Optional<String> id = parties.entityIdOf(text);
                if (id.isEmpty()) {
                    problem.accept("no entity is named '" + text + "'");
                }
                return id.orElse(null);
            }
            case ENTITIES -> {
                List<String> ids = new ArrayList<>();
                for (String part : text.split(",")) {
                    Optional<String> id = parties.entityIdOf(part.strip());
                    if (id.isEmpty()) {
                        problem.accept("no entity is named '" + part.strip() + "'");
                        return null;
                    }
                    ids.add(id.get());
                }
                return new EntityList(ids);
            }
            case MONEY -> {
                TypedFigures.Reading<Money> reading = TypedFigures.money(text, this::defaultCurrency);
                if (reading instanceof TypedFigures.Read<Money> read) {
                    said.accept(Formats.money(read.value()) + " (" + read.value().currency() + " "
                            + String.format(Locale.ROOT, "%,.0f", read.value().value()) + ")");
                    return read.value();
                }
                problem.accept(((TypedFigures.Unreadable<Money>) reading).message());
                return null;
            }
            case PERCENT -> {
                TypedFigures.Reading<BigDecimal> reading = TypedFigures.percent(text);
                if (reading instanceof TypedFigures.Read<BigDecimal> read) {
                    said.accept(Formats.percent(read.value(), TypedFigures.isApproximate(text)));
                    return read.value();
                }
                problem.accept(((TypedFigures.Unreadable<BigDecimal>) reading).message());
                return null;
            }
            case DATE -> {
                try {
                    PartialDate date = PartialDate.parse(text);
                    said.accept(date.display() + " (" + date.precision().name().toLowerCase(Locale.ROOT) + ")");
                    return date;
                } catch (IllegalArgumentException e) {
                    problem.accept(e.getMessage());
                    return null;
                }
            }
            case LEADERSHIP_CHANGE -> {
                Optional<LeadershipChangeKind> change = LeadershipChangeKind.fromJson(text);
                if (change.isEmpty()) {
                    problem.accept("unknown change '" + text + "' (expected one of: " + String.join(", ",
                            Arrays.stream(LeadershipChangeKind.values()).map(LeadershipChangeKind::jsonName)
                                    .toList()) + ")");
                }
                return change.orElse(null);
            }
            default -> throw new IllegalStateException("a flag is read from its box");
        }
    }

    /** The date typed in {@code name}, with what it was understood as; null when empty or wrong, which is said. */
    private PartialDate date(String name) {
        return (PartialDate) typedValue(name, FieldKind.DATE);
    }

    /** The id of the entity typed in {@code name}; null when empty or unknown, which is said. */
    private String entity(String name) {
        return (String) typedValue(name, FieldKind.ENTITY);
    }

    /** The value of the kind {@code kind} typed in the field {@code name}, read as {@link #parse} reads it. */
    private Object typedValue(String name, FieldKind kind) {
        String text = texts.get(name).get().strip();
        return text.isEmpty() ? null : parse(kind, text, problems.get(name)::set, understood.get(name)::set);
    }

    private List<String> tags() {
        return Arrays.stream(texts.get("tags").get().split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .distinct().toList();
    }

    /** An id made from the title, free in the store: "Meta buys 49%" gives "meta-buys-49". */
    private String suggestedId() {
        String base = texts.get("title").get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "event" : base.substring(0, Math.min(base.length(), 40)).replaceAll("-+$", "");
        String id = base;
        for (int n = 2; store.event(id).isPresent() && (editing == null || !editing.id().equals(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Money as an analyst would type it, read back exactly: "$14.3B" where that is the amount, else every digit,
     * since a rounded figure would change the amount when the form is saved.
     */
    private static String typed(Money money) {
        String compact = Formats.money(money);
        return TypedFigures.money(compact, money.currency()) instanceof TypedFigures.Read<Money> read
                && read.value().equals(money) ? compact
                : (money.approx() ? "~" : "") + money.currency() + " " + money.value().toPlainString();
    }

    private static <T> void put(FieldValues.Builder values, Field<T> field, Object value) {
        values.put(field, field.cast(value));
    }

    private static String blankAsNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private String defaultCurrency() {
        if (defaultCurrency == null) {
            defaultCurrency = commonestCurrency(store);
        }
        return defaultCurrency;
    }

    /** The currency most of the store's money is in, for amounts typed without one; USD for a store with none. */
    private static String commonestCurrency(EventStore store) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Event event : store.events()) {
            for (Field<?> field : event.fields().fields()) {
                if (field.kind() == FieldKind.MONEY) {
                    counts.merge(((Money) event.fields().get(field).orElseThrow()).currency(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("USD");
    }

    /** The field names, common and of {@code type}, in the order the form lists them. */
    public static List<String> fieldsOf(EventType type) {
        Set<String> names = new LinkedHashSet<>(List.of("id", "date", "endDate", "company", "title"));
        type.fieldRules().forEach(rule -> names.add(rule.field().name()));
        names.addAll(List.of("summary", "tags", "sources"));
        return List.copyOf(names);
    }
}
