package com.stakeline.store;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.EntityList;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.LeadershipChangeKind;
import com.stakeline.domain.Money;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.PrintableText;
import com.stakeline.domain.Source;
import com.stakeline.store.JsonValue.JsonArray;
import com.stakeline.store.JsonValue.JsonBoolean;
import com.stakeline.store.JsonValue.JsonNull;
import com.stakeline.store.JsonValue.JsonNumber;
import com.stakeline.store.JsonValue.JsonObject;
import com.stakeline.store.JsonValue.JsonString;
import com.stakeline.store.JsonValue.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a located JSON tree into an {@link EventStore}, collecting every problem on the way rather than stopping at
 * the first, so one run of {@code validate} shows an analyst everything to fix.
 */
final class StoreDecoder {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Larger than any company's value, small enough that arithmetic on it stays cheap. */
    private static final BigDecimal MAX_MONEY = new BigDecimal("1e18");
    private static final int MAX_DECIMALS = 12;
    /** Fields of free text, which may span lines and run long. */
    private static final Set<String> FREE_TEXT_FIELDS = Set.of("summary", "notes");
    /** The most characters of a name, title, id or other short text: a title of 500 already fills two lines. */
    static final int MAX_TEXT = 500;
    static final int MAX_URL = 2_000;
    static final int MAX_FREE_TEXT = 20_000;
    /** How much of a store's text a message quotes. */
    private static final int QUOTED_CHARACTERS = 60;

    private static final List<String> TOP_LEVEL = List.of("format", "title", "subject", "entities", "sources", "events");
    private static final List<String> ENTITY_FIELDS = List.of("id", "name", "kind", "aliases", "parent", "notes");
    private static final List<String> SOURCE_FIELDS = List.of("id", "title", "publisher", "published", "url", "file",
            "notes");
    private static final List<String> EVENT_FIELDS =
            List.of("id", "type", "date", "endDate", "company", "title", "summary", "sources", "tags");
    private static final List<String> CITATION_FIELDS = List.of("ref", "says");
    private static final List<String> MONEY_FIELDS = List.of("value", "currency", "approx");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Reference> entityReferences = new ArrayList<>();
    private final List<Reference> sourceReferences = new ArrayList<>();
    private final Map<String, Location> eventLocations = new HashMap<>();
    private final Map<String, Map<String, Location>> idsByKind = new HashMap<>();
    private final List<Event> streamedEvents = new ArrayList<>();
    private final List<Entity> streamedEntities = new ArrayList<>();
    private final List<Source> streamedSources = new ArrayList<>();
    /** How many items of each streamed array have been read, for their paths. */
    private final Map<String, Integer> streamedCounts = new HashMap<>();
    private final Map<String, String> sharedStrings = new HashMap<>();
    private int unlistedErrors;

    StoreDecoder(String file) {
        this.file = file;
    }

    /** The problems found so far, errors and warnings. */
    List<Problem> problems() {
        return problems;
    }

    /** Where each event's object starts, for placing warnings found later. */
    Map<String, Location> eventLocations() {
        return eventLocations;
    }

    /** Adds a problem of the whole decoding, such as a syntax error found by the JSON reader. */
    void error(Location location, String path, String message) {
        if (problems.size() < EventStoreReader.MAX_PROBLEMS) {
            problems.add(new Problem(Severity.ERROR, file, location, path, message));
        } else {
            // A million bad fields would otherwise fill the memory and the screen with the same message.
            unlistedErrors++;
        }
    }

    /** How many errors were found past the first {@link EventStoreReader#MAX_PROBLEMS}, and not kept. */
    int unlistedErrors() {
        return unlistedErrors;
    }

    /**
     * Decodes one item of the top-level events array as the reader meets it, before the rest of the file is read;
     * {@link #decode} adds these events to the store.
     */
    void streamedEvent(JsonValue item) {
        streamed(item, "events", streamedEvents, this::event);
    }

    /**
     * Decodes one item of the top-level entities array as the reader meets it. Entities usually come before the
     * events, so a reference to one can be checked as it is read rather than kept for the end.
     */
    void streamedEntity(JsonValue item) {
        streamed(item, "entities", streamedEntities, this::entity);
    }

    /** Decodes one item of the top-level sources array as the reader meets it, as {@link #streamedEntity} does. */
    void streamedSource(JsonValue item) {
        streamed(item, "sources", streamedSources, this::source);
    }

    private <T> void streamed(JsonValue item, String array, List<T> decoded, ItemReader<T> reader) {
        int index = streamedCounts.merge(array, 1, Integer::sum) - 1;
        String path = array + "[" + index + "]";
        if (item instanceof JsonObject object) {
            T value = reader.read(object, path);
            if (value != null) {
                decoded.add(value);
            }
        } else {
            error(item.location(), path, "expected an object, found " + item.describe());
        }
    }

    /** The store the tree describes, with any events streamed before it, or null when it has errors. */
    EventStore decode(JsonValue root) {
        if (!(root instanceof JsonObject object)) {
            error(root.location(), "", "the file must hold one JSON object (an event store), not " + root.describe());
            return null;
        }
        Fields top = new Fields(object, "", TOP_LEVEL);
        String format = top.requiredText("format");
        if (format != null && !format.equals(EventStore.FORMAT)) {
            error(top.valueLocation("format"), "format",
                    "unsupported format " + quoted(format) + " (this version of Stakeline reads " + EventStore.FORMAT + ")");
        }
        String title = top.requiredText("title");
        String subject = top.optionalEntity("subject");
        List<Entity> entities = new ArrayList<>(streamedEntities);
        entities.addAll(orEmpty(top.requiredList("entities", this::entity)));
        List<Source> sources = new ArrayList<>(streamedSources);
        sources.addAll(orEmpty(top.requiredList("sources", this::source)));
        List<Event> events = new ArrayList<>(streamedEvents);
        events.addAll(orEmpty(top.requiredList("events", this::event)));

        // Against every id written, even of an entity or source with an error of its own: that error is the one to
        // fix, not every reference to it.
        checkReferences(entityReferences, idsByKind.getOrDefault("entity", Map.of()).keySet(), "entity");
        checkReferences(sourceReferences, idsByKind.getOrDefault("source", Map.of()).keySet(), "source");
        if (problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
            return null;
        }
        return new EventStore(title, subject, entities, sources, events);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Entity entity(JsonObject object, String path) {
        Fields fields = new Fields(object, path, ENTITY_FIELDS);
        String id = fields.requiredId("entity");
        String name = fields.requiredText("name");
        String kindName = fields.requiredText("kind");
        EntityKind kind = null;
        if (kindName != null) {
            kind = EntityKind.fromJson(kindName).orElse(null);
            if (kind == null) {
                fields.invalid("kind", "unknown entity kind " + quoted(kindName) + " (expected one of: "
                        + Arrays.stream(EntityKind.values()).map(EntityKind::jsonName).collect(Collectors.joining(", ")) + ")");
            }
        }
        List<String> aliases = fields.optionalTextList("aliases");
        String parent = fields.optionalEntity("parent");
        String notes = fields.optionalText("notes");
        return id == null || name == null || kind == null ? null : new Entity(id, name, kind, aliases, parent, notes);
    }

    private Source source(JsonObject object, String path) {
        Fields fields = new Fields(object, path, SOURCE_FIELDS);
        String id = fields.requiredId("source");
        String title = fields.requiredText("title");
        String publisher = fields.optionalText("publisher");
        PartialDate published = fields.date("published", false);
        String url = fields.optionalText("url");
        String fileName = fields.optionalText("file");
        String notes = fields.optionalText("notes");
        return id == null || title == null ? null : new Source(id, title, publisher, published, url, fileName, notes);
    }

    private Event event(JsonObject object, String path) {
        String typeName = object.members().get("type") != null
                && object.members().get("type").value() instanceof JsonString s ? s.value() : null;
        EventType type = typeName == null ? null : EventType.fromJson(typeName).orElse(null);
        List<String> allowed = new ArrayList<>(EVENT_FIELDS);
        if (type != null) {
            type.fieldRules().forEach(rule -> allowed.add(rule.field().name()));
        }
        Fields fields = new Fields(object, path, allowed, type != null);
        String id = fields.requiredId("event");
        if (id != null) {
            eventLocations.putIfAbsent(id, object.location());
        }
        String checkedType = fields.requiredText("type");
        if (checkedType != null && type == null) {
            fields.invalid("type", "unknown event type " + quoted(checkedType) + " (expected one of: " + EventType.jsonNames() + ")");
        }
        PartialDate date = fields.date("date", true);
        PartialDate endDate = fields.date("endDate", false);
        if (date != null && endDate != null && endDate.end().isBefore(date.start())) {
            fields.invalid("endDate", "ends " + endDate + ", before the event's date " + date);
        }
        String company = fields.requiredEntity("company");
        String title = fields.requiredText("title");
        String summary = fields.optionalText("summary");
        List<String> tags = shared(fields.optionalTextList("tags"));
        List<Citation> citations = fields.requiredList("sources", (citation, citationPath) -> citation(citation, citationPath, type));
        if (citations != null && citations.isEmpty() && fields.has("sources")) {
            fields.invalid("sources", "an event needs at least one source");
        }
        if (citations != null) {
            citedOnce(fields);
        }
        FieldValues.Builder values = FieldValues.builder();
        if (type != null) {
            for (EventType.FieldRule rule : type.fieldRules()) {
                putValue(values, rule.field(), fields.field(rule.field(), rule.required()));
            }
        }
        boolean complete = id != null && type != null && date != null && company != null && title != null
                && citations != null && !citations.isEmpty();
        return complete ? new Event(id, type, date, endDate, company, title, summary, tags, citations, values.build()) : null;
    }

    private Citation citation(JsonObject object, String path, EventType type) {
        Fields fields = new Fields(object, path, CITATION_FIELDS);
        String ref = shared(fields.requiredText("ref"));
        if (ref != null && !known("source", ref)) {
            sourceReferences.add(new Reference(ref, fields.valueLocation("ref"), fields.path("ref")));
        }
        FieldValues says = FieldValues.empty();
        if (fields.has("says")) {
            JsonValue saysValue = fields.value("says");
            if (saysValue instanceof JsonObject saysObject) {
                says = says(saysObject, fields.path("says"), type);
            } else {
                fields.invalid("says", "expected an object of field names and values, found " + saysValue.describe());
            }
        }
        return ref == null ? null : new Citation(ref, says);
    }

    /**
     * Reports a source cited twice by one event: which of its two citations would count is anyone's guess, and a
     * source that disagrees on several figures says so in one citation.
     */
    private void citedOnce(Fields fields) {
        List<JsonValue> items = ((JsonArray) fields.value("sources")).items();
        if (items.size() < 2) {
            return;
        }
        Map<String, Integer> firstCitation = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonObject citation && citation.members().get("ref") != null
                    && citation.members().get("ref").value() instanceof JsonString ref) {
                Integer first = firstCitation.putIfAbsent(ref.value(), i);
                if (first != null) {
                    error(ref.location(), fields.path("sources") + "[" + i + "].ref", "cites source "
                            + quoted(ref.value()) + " a second time (first at sources[" + first + "]); cite each "
                            + "source once, with every figure it disagrees on in its says");
                }
            }
        }
    }

    private FieldValues says(JsonObject object, String path, EventType type) {
        List<String> disputable = new ArrayList<>(List.of(Field.DATE.name(), Field.END_DATE.name()));
        if (type != null) {
            type.fieldRules().forEach(rule -> disputable.add(rule.field().name()));
        }
        Fields fields = new Fields(object, path, disputable, type != null);
        for (Member member : object.members().values()) {
            if (member.value() instanceof JsonNull) {
                fields.invalid(member.name(), "a source cannot say nothing; leave the field out of says, or give "
                        + "the value it says");
            }
        }
        FieldValues.Builder values = FieldValues.builder();
        for (String name : disputable) {
            Field.byName(name).ifPresent(field -> putValue(values, field, fields.field(field, false)));
        }
        return values.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void putValue(FieldValues.Builder values, Field<T> field, Object value) {
        if (value != null) {
            values.put(field, (T) value);
        }
    }

    private void checkReferences(List<Reference> references, Set<String> known, String what) {
        for (Reference reference : references) {
            if (!known.contains(reference.id())) {
                error(reference.location(), reference.path(), "no " + what + " has the id " + quoted(reference.id()));
            }
        }
    }

    /**
     * An id used before it could be checked, because entities and sources may come after the events that cite them.
     */
    private record Reference(String id, Location location, String path) {
    }

    /** A function that reads one object of an array. */
    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonObject object, String path);
    }

    /**
     * The members of one object: reports unknown names on creation, and reads each member with its own message when
     * it is missing or of the wrong shape.
     */
    private final class Fields {
        private final JsonObject object;
        private final String path;

        Fields(JsonObject object, String path, List<String> allowed) {
            this(object, path, allowed, true);
        }

        Fields(JsonObject object, String path, List<String> allowed, boolean reportUnknown) {
            this.object = object;
            this.path = path;
            if (reportUnknown) {
                for (Member member : object.members().values()) {
                    if (!allowed.contains(member.name())) {
                        error(member.nameLocation(), path(member.name()),
                                "unknown field (expected one of: " + String.join(", ", allowed) + ")");
                    }
                }
            }
        }

        String path(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        boolean has(String name) {
            Member member = object.members().get(name);
            return member != null && !(member.value() instanceof JsonNull);
        }

        JsonValue value(String name) {
            return object.members().get(name).value();
        }

        Location valueLocation(String name) {
            Member member = object.members().get(name);
            return member == null ? object.location() : member.value().location();
        }

        void invalid(String name, String message) {
            error(valueLocation(name), path(name), message);
        }

        private boolean present(String name, boolean required) {
            if (has(name)) {
                return true;
            }
            if (required) {
                error(object.location(), path(name), "missing required field");
            }
            return false;
        }

        /** Reads an id, which must be unique among the ids of its kind ("entity", "source", "event"). */
        String requiredId(String kind) {
            String id = requiredText("id");
            if (id == null) {
                return null;
            }
            if (!ID.matcher(id).matches()) {
                invalid("id", quoted(id) + " is not a valid id (lower-case letters, digits and hyphens, not starting "
                        + "with a hyphen)");
                return null;
            }
            Location first = idsByKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, valueLocation("id"));
            if (first != null) {
                invalid("id", "duplicate " + kind + " id " + quoted(id) + " (first used at line " + first.line() + ")");
                return null;
            }
            return id;
        }

        String requiredText(String name) {
            return text(name, true);
        }

        String optionalText(String name) {
            return text(name, false);
        }

        private String text(String name, boolean required) {
            if (!present(name, required)) {
                return null;
            }
            if (!(value(name) instanceof JsonString string)) {
                invalid(name, "expected a string, found " + value(name).describe());
                return null;
            }
            if (string.value().isBlank()) {
                invalid(name, "is empty");
                return null;
            }
            String wrong = textProblem(name, string.value());
            if (wrong != null) {
                invalid(name, wrong);
                return null;
            }
            return string.value();
        }

        String requiredEntity(String name) {
            return entity(name, true);
        }

        String optionalEntity(String name) {
            return entity(name, false);
        }

        private String entity(String name, boolean required) {
            String id = shared(text(name, required));
            if (id != null && !known("entity", id)) {
                entityReferences.add(new Reference(id, valueLocation(name), path(name)));
            }
            return id;
        }

        List<String> optionalTextList(String name) {
            List<String> texts = stringList(name, false);
            return texts == null ? List.of() : texts;
        }

        private List<String> stringList(String name, boolean required) {
            if (!present(name, required)) {
                return null;
            }
            if (!(value(name) instanceof JsonArray array)) {
                invalid(name, "expected an array of strings, found " + value(name).describe());
                return null;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                JsonValue item = array.items().get(i);
                String wrong = item instanceof JsonString string ? textProblem(name, string.value()) : null;
                if (wrong != null) {
                    error(item.location(), path(name) + "[" + i + "]", wrong);
                } else if (item instanceof JsonString string && !string.value().isBlank()) {
                    texts.add(string.value());
                } else {
                    error(item.location(), path(name) + "[" + i + "]", "expected a non-empty string, found " + item.describe());
                }
            }
            return texts.size() == array.items().size() ? texts : null;
        }

        <T> List<T> requiredList(String name, ItemReader<T> reader) {
            if (!present(name, true)) {
                return null;
            }
            if (!(value(name) instanceof JsonArray array)) {
                invalid(name, "expected an array, found " + value(name).describe());
                return null;
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                JsonValue item = array.items().get(i);
                String itemPath = path(name) + "[" + i + "]";
                if (item instanceof JsonObject itemObject) {
                    T read = reader.read(itemObject, itemPath);
                    if (read != null) {
                        items.add(read);
                    }
                } else {
                    error(item.location(), itemPath, "expected an object, found " + item.describe());
                }
            }
            return items;
        }

        PartialDate date(String name, boolean required) {
            String text = text(name, required);
            if (text == null) {
                return null;
            }
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                invalid(name, e.getMessage());
                return null;
            }
        }

        /** Reads a typed event field by its kind; null when absent or wrong, with the problem reported. */
        Object field(Field<?> field, boolean required) {
            String name = field.name();
            return switch (field.kind()) {
                case TEXT -> shared(text(name, required));
                case ENTITY -> entity(name, required);
                case ENTITIES -> entities(name, required);
                case MONEY -> money(name, required);
                case PERCENT -> percent(name, required);
                case FLAG -> flag(name, required);
                case DATE -> date(name, required);
                case LEADERSHIP_CHANGE -> leadershipChange(name, required);
            };
        }

        private EntityList entities(String name, boolean required) {
            List<String> ids = shared(stringList(name, required));
            if (ids == null) {
                return null;
            }
            JsonArray array = (JsonArray) value(name);
            for (int i = 0; i < ids.size(); i++) {
                if (!known("entity", ids.get(i))) {
                    entityReferences.add(new Reference(ids.get(i), array.items().get(i).location(),
                            path(name) + "[" + i + "]"));
                }
            }
            return new EntityList(ids);
        }

        private Money money(String name, boolean required) {
            if (!present(name, required)) {
                return null;
            }
            if (!(value(name) instanceof JsonObject moneyObject)) {
                invalid(name, "expected money as {\"value\": …, \"currency\": \"USD\"}, found " + value(name).describe());
                return null;
            }
            Fields money = new Fields(moneyObject, path(name), MONEY_FIELDS);
            BigDecimal amount = money.number("value", true);
            if (amount != null && amount.signum() < 0) {
                money.invalid("value", PrintableText.number(amount) + " is negative; money is zero or more");
                amount = null;
            }
            String currency = shared(money.requiredText("currency"));
            if (currency != null && !isCurrency(currency)) {
                money.invalid("currency", "unknown currency code " + quoted(currency) + " (expected an ISO 4217 code such as USD)");
                currency = null;
            }
            Boolean approx = money.flag("approx", false);
            return amount == null || currency == null ? null : new Money(amount, currency, Boolean.TRUE.equals(approx));
        }

        private BigDecimal percent(String name, boolean required) {
            BigDecimal percent = number(name, required);
            if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
                invalid(name, PrintableText.number(percent) + " is not a percentage (0 to 100)");
                return null;
            }
            return percent;
        }

        BigDecimal number(String name, boolean required) {
            if (!present(name, required)) {
                return null;
            }
            if (!(value(name) instanceof JsonNumber number)) {
                invalid(name, "expected a number, found " + value(name).describe());
                return null;
            }
            BigDecimal value = number.value();
            if (value == null || value.stripTrailingZeros().scale() > MAX_DECIMALS
                    || value.abs().compareTo(MAX_MONEY) >= 0) {
                invalid(name, number.written() + " is out of range (at most " + MAX_DECIMALS
                        + " decimals, and less than 10^18 in size)");
                return null;
            }
            return value;
        }

        Boolean flag(String name, boolean required) {
            if (!present(name, required)) {
                return null;
            }
            if (!(value(name) instanceof JsonBoolean bool)) {
                invalid(name, "expected true or false, found " + value(name).describe());
                return null;
            }
            return bool.value();
        }

        private LeadershipChangeKind leadershipChange(String name, boolean required) {
            String text = text(name, required);
            if (text == null) {
                return null;
            }
            return LeadershipChangeKind.fromJson(text).orElseGet(() -> {
                invalid(name, "unknown change " + quoted(text) + " (expected one of: "
                        + Arrays.stream(LeadershipChangeKind.values()).map(LeadershipChangeKind::jsonName)
                        .collect(Collectors.joining(", ")) + ")");
                return null;
            });
        }
    }

    /**
     * What is wrong with {@code text} as the value of field {@code name}, or null: too long, or holding a character
     * that would act rather than show. Only a summary or notes may span lines; tab is allowed everywhere; direction
     * overrides nowhere, since they make text display in another order than it is stored.
     */
    static String textProblem(String name, String text) {
        boolean freeText = FREE_TEXT_FIELDS.contains(name);
        int limit = freeText ? MAX_FREE_TEXT : name.equals("url") ? MAX_URL : MAX_TEXT;
        if (text.length() > limit) {
            return "is " + text.length() + " characters long; at most " + limit + " fit here";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || (freeText && (c == '\n' || c == '\r')) || !PrintableText.acts(c)) {
                continue;
            }
            String character = PrintableText.escape(String.valueOf(c));
            if (PrintableText.isDirectionControl(c)) {
                return "holds the direction override " + character + " at character " + (i + 1)
                        + ", which makes text display in another order than it is stored";
            }
            return c == '\n' || c == '\r' ? "holds a line break at character " + (i + 1)
                    + "; only a summary or notes may span lines"
                    : "holds the control character " + character + " at character " + (i + 1)
                    + "; only tab is allowed";
        }
        return null;
    }

    /**
     * One string for all the copies of a value the file repeats: an entity or source id, a tag, a role, a currency.
     * The parser makes a new string for each; at a million events they held 300 MB of the loaded store.
     */
    private String shared(String text) {
        if (text == null) {
            return null;
        }
        String first = sharedStrings.putIfAbsent(text, text);
        return first == null ? text : first;
    }

    /** {@code texts} with each string {@linkplain #shared(String) shared}; null and empty stay as they are. */
    private List<String> shared(List<String> texts) {
        if (texts != null && !texts.isEmpty()) {
            texts.replaceAll(this::shared);
        }
        return texts;
    }

    /**
     * Whether an {@code kind} ("entity", "source") with this id has been read already, so that a reference to it
     * needs no check at the end: a million events make millions of references, and keeping each took hundreds of
     * megabytes while the store was read.
     */
    private boolean known(String kind, String id) {
        Map<String, Location> ids = idsByKind.get(kind);
        return ids != null && ids.containsKey(id);
    }

    /** Store text quoted in a message: escaped, and cut short if it is long. */
    private static String quoted(String text) {
        return "'" + PrintableText.brief(text, QUOTED_CHARACTERS) + "'";
    }

    private static boolean isCurrency(String code) {
        if (!CURRENCY_CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
