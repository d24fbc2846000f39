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
import com.stakeline.store.JsonTree.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns located JSON trees into an {@link EventStore}, collecting every problem on the way rather than stopping at
 * the first, so one run of {@code validate} shows an analyst everything to fix.
 *
 * <p>Events, entities and sources arrive one at a time as the reader meets them, each in a tree that is reused for
 * the next; nothing of a tree is kept but the strings the store holds.
 */
final class StoreDecoder {

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
    /** The fields an event of each type may have: the common ones and its own. */
    private static final Map<EventType, List<String>> EVENT_FIELDS_BY_TYPE = byType(EVENT_FIELDS);
    /** The fields a source may disagree on, for an event of unknown type, then for each type. */
    private static final List<String> DISPUTABLE = List.of(Field.DATE.name(), Field.END_DATE.name());
    private static final Map<EventType, List<String>> DISPUTABLE_BY_TYPE = byType(DISPUTABLE);
    private static final List<String> CITATION_FIELDS = List.of("ref", "says");
    private static final List<String> MONEY_FIELDS = List.of("value", "currency", "approx");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Reference> entityReferences = new ArrayList<>();
    private final List<Reference> sourceReferences = new ArrayList<>();
    private final Ids entityIds = new Ids(true);
    private final Ids sourceIds = new Ids(true);
    private final Ids eventIds = new Ids(false);
    private final Streamed<Entity> entities = new Streamed<>("entities", this::entity);
    private final Streamed<Source> sources = new Streamed<>("sources", this::source);
    private final Streamed<Event> events = new Streamed<>("events", this::event);
    private final Map<String, String> sharedStrings = new HashMap<>();
    private int unlistedErrors;

    StoreDecoder(String file) {
        this.file = file;
    }

    private static Map<EventType, List<String>> byType(List<String> common) {
        Map<EventType, List<String>> byType = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            List<String> fields = new ArrayList<>(common);
            type.fieldRules().forEach(rule -> fields.add(rule.field().name()));
            byType.put(type, List.copyOf(fields));
        }
        return byType;
    }

    /** The problems found so far, errors and warnings. */
    List<Problem> problems() {
        return problems;
    }

    /** Where the event with this id starts, for placing a warning found later; null for an unknown id. */
    Location eventLocation(String id) {
        return eventIds.objectLocation(id);
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

    private void error(Location location, Path path, String message) {
        error(location, path.toString(), message);
    }

    /** How many errors were found past the first {@link EventStoreReader#MAX_PROBLEMS}, and not kept. */
    int unlistedErrors() {
        return unlistedErrors;
    }

    /**
     * Decodes one item of the top-level events array, the root of {@code item}, as the reader meets it, before the
     * rest of the file is read; {@link #decode} adds these events to the store.
     */
    void streamedEvent(JsonTree item) {
        events.decode(item);
    }

    /**
     * Decodes one item of the top-level entities array as the reader meets it. Entities usually come before the
     * events, so a reference to one can be checked as it is read rather than kept for the end.
     */
    void streamedEntity(JsonTree item) {
        entities.decode(item);
    }

    /** Decodes one item of the top-level sources array as the reader meets it, as {@link #streamedEntity} does. */
    void streamedSource(JsonTree item) {
        sources.decode(item);
    }

    /** The store the tree describes, with the items streamed before it, or null when it has errors. */
    EventStore decode(JsonTree root) {
        if (root.kind(0) != Kind.OBJECT) {
            error(root.location(0), "", "the file must hold one JSON object (an event store), not "
                    + root.describe(0));
            return null;
        }
        Fields top = new Fields(root, 0, Path.ROOT, TOP_LEVEL);
        String format = top.requiredText("format");
        if (format != null && !format.equals(EventStore.FORMAT)) {
            top.invalid("format", "unsupported format " + quoted(format) + " (this version of Stakeline reads "
                    + EventStore.FORMAT + ")");
        }
        String title = top.requiredText("title");
        String subject = top.optionalEntity("subject");
        // The reader streams these arrays and leaves them empty here; only their shape is left to check.
        top.requiredList("entities", this::entity);
        top.requiredList("sources", this::source);
        top.requiredList("events", this::event);

        // Against every id written, even of an entity or source with an error of its own: that error is the one to
        // fix, not every reference to it.
        checkReferences(entityReferences, entityIds, "entity");
        checkReferences(sourceReferences, sourceIds, "source");
        if (problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
            return null;
        }
        return new EventStore(title, subject, entities.decoded, sources.decoded, events.decoded);
    }

    private Entity entity(JsonTree tree, int object, Path path) {
        Fields fields = new Fields(tree, object, path, ENTITY_FIELDS);
        String id = fields.requiredId(entityIds, "entity");
        String name = fields.requiredText("name");
        String kindName = fields.requiredText("kind");
        EntityKind kind = null;
        if (kindName != null) {
            kind = EntityKind.fromJson(kindName).orElse(null);
            if (kind == null) {
                fields.invalid("kind", "unknown entity kind " + quoted(kindName) + " (expected one of: "
                        + Arrays.stream(EntityKind.values()).map(EntityKind::jsonName).collect(Collectors.joining(", "))
                        + ")");
            }
        }
        List<String> aliases = fields.optionalTextList("aliases");
        String parent = fields.optionalEntity("parent");
        String notes = fields.optionalText("notes");
        return id == null || name == null || kind == null ? null : new Entity(id, name, kind, aliases, parent, notes);
    }

    private Source source(JsonTree tree, int object, Path path) {
        Fields fields = new Fields(tree, object, path, SOURCE_FIELDS);
        String id = fields.requiredId(sourceIds, "source");
        String title = fields.requiredText("title");
        String publisher = fields.optionalText("publisher");
        PartialDate published = fields.date("published", false);
        String url = fields.optionalText("url");
        String fileName = fields.optionalText("file");
        String notes = fields.optionalText("notes");
        return id == null || title == null ? null : new Source(id, title, publisher, published, url, fileName, notes);
    }

    private Event event(JsonTree tree, int object, Path path) {
        int typeValue = tree.member(object, "type");
        String typeName = typeValue < 0 ? null : tree.string(typeValue);
        EventType type = typeName == null ? null : EventType.fromJson(typeName).orElse(null);
        Fields fields = new Fields(tree, object, path, type == null ? EVENT_FIELDS : EVENT_FIELDS_BY_TYPE.get(type),
                type != null);
        String id = fields.requiredId(eventIds, "event");
        String checkedType = fields.requiredText("type");
        if (checkedType != null && type == null) {
            fields.invalid("type", "unknown event type " + quoted(checkedType) + " (expected one of: "
                    + EventType.jsonNames() + ")");
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
        List<Citation> citations = fields.requiredList("sources",
                (citationTree, citation, citationPath) -> citation(citationTree, citation, citationPath, type));
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
        return complete ? new Event(id, type, date, endDate, company, title, summary, tags, citations, values.build())
                : null;
    }

    private Citation citation(JsonTree tree, int object, Path path, EventType type) {
        Fields fields = new Fields(tree, object, path, CITATION_FIELDS);
        String ref = fields.requiredReference("ref", sourceIds, sourceReferences);
        FieldValues says = FieldValues.empty();
        if (fields.has("says")) {
            int saysValue = fields.value("says");
            if (tree.kind(saysValue) == Kind.OBJECT) {
                says = says(tree, saysValue, path.child("says"), type);
            } else {
                fields.invalid("says", "expected an object of field names and values, found "
                        + tree.describe(saysValue));
            }
        }
        return ref == null ? null : new Citation(ref, says);
    }

    /**
     * Reports a source cited twice by one event: which of its two citations would count is anyone's guess, and a
     * source that disagrees on several figures says so in one citation.
     */
    private void citedOnce(Fields fields) {
        JsonTree tree = fields.tree;
        int array = fields.value("sources");
        if (tree.count(array) < 2) {
            return;
        }
        Map<String, Integer> firstCitation = new HashMap<>();
        int i = 0;
        for (int item = JsonTree.first(array); item < tree.end(array); item = tree.next(item), i++) {
            int ref = tree.kind(item) == Kind.OBJECT ? tree.member(item, "ref") : -1;
            if (ref >= 0 && tree.string(ref) != null) {
                Integer first = firstCitation.putIfAbsent(tree.string(ref), i);
                if (first != null) {
                    error(tree.location(ref), fields.path("sources").item(i).child("ref"), "cites source "
                            + quoted(tree.string(ref)) + " a second time (first at sources[" + first + "]); cite each "
                            + "source once, with every figure it disagrees on in its says");
                }
            }
        }
    }

    private FieldValues says(JsonTree tree, int object, Path path, EventType type) {
        List<String> disputable = type == null ? DISPUTABLE : DISPUTABLE_BY_TYPE.get(type);
        Fields fields = new Fields(tree, object, path, disputable, type != null);
        for (int member = JsonTree.first(object); member < tree.end(object); member = tree.next(member)) {
            if (tree.kind(member) == Kind.NULL) {
                fields.invalid(tree.name(member), "a source cannot say nothing; leave the field out of says, or give "
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

    private void checkReferences(List<Reference> references, Ids known, String what) {
        for (Reference reference : references) {
            if (known.canonical(reference.id()) == null) {
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
        T read(JsonTree tree, int object, Path path);
    }

    /** One of the top-level arrays the reader streams, and what has been decoded from it so far. */
    private final class Streamed<T> {
        private final Path path;
        private final ItemReader<T> reader;
        private final List<T> decoded = new ArrayList<>();
        private int count;

        Streamed(String name, ItemReader<T> reader) {
            this.path = Path.ROOT.child(name);
            this.reader = reader;
        }

        void decode(JsonTree item) {
            Path itemPath = path.item(count++);
            if (item.kind(0) == Kind.OBJECT) {
                T value = reader.read(item, 0, itemPath);
                if (value != null) {
                    decoded.add(value);
                }
            } else {
                error(item.location(0), itemPath, "expected an object, found " + item.describe(0));
            }
        }
    }

    /**
     * Where a value stands in the store, such as {@code events[12].sources[0].ref}: made into text only for a
     * message, since nearly every value is fine.
     */
    private record Path(Path parent, String name, int index) {
        static final Path ROOT = new Path(null, null, -1);

        Path child(String childName) {
            return new Path(this, childName, -1);
        }

        Path item(int itemIndex) {
            return new Path(this, null, itemIndex);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String above = parent.toString();
            if (name == null) {
                return above + "[" + index + "]";
            }
            return above.isEmpty() ? name : above + "." + name;
        }
    }

    /**
     * The ids of one kind read so far, each with where it was written and where its object starts: to find
     * duplicates, check references and place messages, in one map for a million events.
     */
    private static final class Ids {
        private final Map<String, Integer> ordinals = new HashMap<>();
        /**
         * Each id of an entity or source as its own key, for the references to it: every event names a few, and one
         * lookup straight to the string, not through its ordinal, halved what they cost.
         */
        private final Map<String, String> referable;
        private long[] idPositions = new long[16];
        private long[] objectPositions = new long[16];

        /** @param referable whether other items refer to these ids, as to entities and sources but not events */
        Ids(boolean referable) {
            this.referable = referable ? new HashMap<>() : null;
        }

        /** Adds an id; returns where it was first written when it was already there, else null. */
        Location add(String id, long idPosition, long objectPosition) {
            int ordinal = ordinals.size();
            Integer first = ordinals.putIfAbsent(id, ordinal);
            if (first != null) {
                return JsonTree.location(idPositions[first]);
            }
            if (ordinal == idPositions.length) {
                idPositions = Arrays.copyOf(idPositions, ordinal * 2);
                objectPositions = Arrays.copyOf(objectPositions, ordinal * 2);
            }
            idPositions[ordinal] = idPosition;
            objectPositions[ordinal] = objectPosition;
            if (referable != null) {
                referable.put(id, id);
            }
            return null;
        }

        /** The one string kept for this id, which references then share, or null when no such id has been read. */
        String canonical(String id) {
            return referable.get(id);
        }

        Location objectLocation(String id) {
            Integer ordinal = ordinals.get(id);
            return ordinal == null ? null : JsonTree.location(objectPositions[ordinal]);
        }
    }

    /**
     * The members of one object: reports unknown names on creation, and reads each member with its own message when
     * it is missing or of the wrong shape.
     */
    private final class Fields {
        private final JsonTree tree;
        private final int object;
        private final Path path;

        Fields(JsonTree tree, int object, Path path, List<String> allowed) {
            this(tree, object, path, allowed, true);
        }

        Fields(JsonTree tree, int object, Path path, List<String> allowed, boolean reportUnknown) {
            this.tree = tree;
            this.object = object;
            this.path = path;
            if (reportUnknown) {
                for (int member = JsonTree.first(object); member < tree.end(object); member = tree.next(member)) {
                    if (!allowed.contains(tree.name(member))) {
                        error(tree.nameLocation(member), path(tree.name(member)),
                                "unknown field (expected one of: " + String.join(", ", allowed) + ")");
                    }
                }
            }
        }

        Path path(String name) {
            return path.child(name);
        }

        boolean has(String name) {
            int member = tree.member(object, name);
            return member >= 0 && tree.kind(member) != Kind.NULL;
        }

        /** The value of a member known to be there. */
        int value(String name) {
            return tree.member(object, name);
        }

        Location valueLocation(String name) {
            int member = tree.member(object, name);
            return tree.location(member < 0 ? object : member);
        }

        void invalid(String name, String message) {
            error(valueLocation(name), path(name), message);
        }

        /** The member's value, or -1 when it is absent or null, reported if it is required. */
        private int present(String name, boolean required) {
            int member = tree.member(object, name);
            if (member >= 0 && tree.kind(member) != Kind.NULL) {
                return member;
            }
            if (required) {
                error(tree.location(object), path(name), "missing required field");
            }
            return -1;
        }

        /** Reads an id, which must be unique among the {@code ids} of its kind ("entity", "source", "event"). */
        String requiredId(Ids ids, String kind) {
            String id = requiredText("id");
            if (id == null) {
                return null;
            }
            if (!isId(id)) {
                invalid("id", quoted(id) + " is not a valid id (lower-case letters, digits and hyphens, not starting "
                        + "with a hyphen)");
                return null;
            }
            Location first = ids.add(id, tree.positionOf(value("id")), tree.positionOf(object));
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
            int value = present(name, required);
            if (value < 0) {
                return null;
            }
            String text = tree.string(value);
            if (text == null) {
                invalid(name, "expected a string, found " + tree.describe(value));
                return null;
            }
            if (text.isBlank()) {
                invalid(name, "is empty");
                return null;
            }
            String wrong = textProblem(name, text);
            if (wrong != null) {
                invalid(name, wrong);
                return null;
            }
            return text;
        }

        String requiredEntity(String name) {
            return requiredReference(name, entityIds, entityReferences);
        }

        String optionalEntity(String name) {
            return reference(name, false, entityIds, entityReferences);
        }

        String requiredReference(String name, Ids known, List<Reference> unchecked) {
            return reference(name, true, known, unchecked);
        }

        /**
         * Reads an id of something else in the store; one not read yet is kept to check at the end, since an event
         * may come before the entity or source it names.
         */
        private String reference(String name, boolean required, Ids known, List<Reference> unchecked) {
            String id = text(name, required);
            return id == null ? null : referenced(id, known, unchecked, tree.location(value(name)), path(name));
        }

        private String referenced(String id, Ids known, List<Reference> unchecked, Location location, Path at) {
            String canonical = known.canonical(id);
            if (canonical != null) {
                return canonical;
            }
            unchecked.add(new Reference(id, location, at.toString()));
            return shared(id);
        }

        List<String> optionalTextList(String name) {
            List<String> texts = stringList(name, false);
            return texts == null ? List.of() : texts;
        }

        private List<String> stringList(String name, boolean required) {
            int array = present(name, required);
            if (array < 0) {
                return null;
            }
            if (tree.kind(array) != Kind.ARRAY) {
                invalid(name, "expected an array of strings, found " + tree.describe(array));
                return null;
            }
            List<String> texts = new ArrayList<>();
            boolean complete = true;
            int i = 0;
            for (int item = JsonTree.first(array); item < tree.end(array); item = tree.next(item), i++) {
                String text = tree.string(item);
                String wrong = text == null ? null : textProblem(name, text);
                if (wrong != null) {
                    error(tree.location(item), path(name).item(i), wrong);
                    complete = false;
                } else if (text != null && !text.isBlank()) {
                    texts.add(text);
                } else {
                    error(tree.location(item), path(name).item(i), "expected a non-empty string, found "
                            + tree.describe(item));
                    complete = false;
                }
            }
            return complete ? texts : null;
        }

        <T> List<T> requiredList(String name, ItemReader<T> reader) {
            int array = present(name, true);
            if (array < 0) {
                return null;
            }
            if (tree.kind(array) != Kind.ARRAY) {
                invalid(name, "expected an array, found " + tree.describe(array));
                return null;
            }
            List<T> items = new ArrayList<>();
            int i = 0;
            for (int item = JsonTree.first(array); item < tree.end(array); item = tree.next(item), i++) {
                Path itemPath = path(name).item(i);
                if (tree.kind(item) == Kind.OBJECT) {
                    T read = reader.read(tree, item, itemPath);
                    if (read != null) {
                        items.add(read);
                    }
                } else {
                    error(tree.location(item), itemPath, "expected an object, found " + tree.describe(item));
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
                case ENTITY -> reference(name, required, entityIds, entityReferences);
                case ENTITIES -> entities(name, required);
                case MONEY -> money(name, required);
                case PERCENT -> percent(name, required);
                case FLAG -> flag(name, required);
                case DATE -> date(name, required);
                case LEADERSHIP_CHANGE -> leadershipChange(name, required);
            };
        }

        private EntityList entities(String name, boolean required) {
            List<String> ids = stringList(name, required);
            if (ids == null) {
                return null;
            }
            int item = JsonTree.first(value(name));
            for (int i = 0; i < ids.size(); i++, item = tree.next(item)) {
                ids.set(i, referenced(ids.get(i), entityIds, entityReferences, tree.location(item),
                        path(name).item(i)));
            }
            return new EntityList(ids);
        }

        private Money money(String name, boolean required) {
            int moneyObject = present(name, required);
            if (moneyObject < 0) {
                return null;
            }
            if (tree.kind(moneyObject) != Kind.OBJECT) {
                invalid(name, "expected money as {\"value\": …, \"currency\": \"USD\"}, found "
                        + tree.describe(moneyObject));
                return null;
            }
            Fields money = new Fields(tree, moneyObject, path(name), MONEY_FIELDS);
            BigDecimal amount = money.number("value", true);
            if (amount != null && amount.signum() < 0) {
                money.invalid("value", PrintableText.number(amount) + " is negative; money is zero or more");
                amount = null;
            }
            String currency = shared(money.requiredText("currency"));
            if (currency != null && !isCurrency(currency)) {
                money.invalid("currency", "unknown currency code " + quoted(currency)
                        + " (expected an ISO 4217 code such as USD)");
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
            int number = present(name, required);
            if (number < 0) {
                return null;
            }
            if (tree.kind(number) != Kind.NUMBER) {
                invalid(name, "expected a number, found " + tree.describe(number));
                return null;
            }
            BigDecimal value = tree.number(number);
            if (value == null || value.stripTrailingZeros().scale() > MAX_DECIMALS
                    || value.abs().compareTo(MAX_MONEY) >= 0) {
                invalid(name, tree.written(number) + " is out of range (at most " + MAX_DECIMALS
                        + " decimals, and less than 10^18 in size)");
                return null;
            }
            return value;
        }

        Boolean flag(String name, boolean required) {
            int value = present(name, required);
            if (value < 0) {
                return null;
            }
            Kind kind = tree.kind(value);
            if (kind != Kind.TRUE && kind != Kind.FALSE) {
                invalid(name, "expected true or false, found " + tree.describe(value));
                return null;
            }
            return kind == Kind.TRUE;
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

    /** Store text quoted in a message: escaped, and cut short if it is long. */
    private static String quoted(String text) {
        return "'" + PrintableText.brief(text, QUOTED_CHARACTERS) + "'";
    }

    /** Whether {@code text} is an id: lower-case letters, digits and hyphens, not starting with a hyphen. */
    private static boolean isId(String text) {
        if (text.isEmpty() || text.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCurrency(String code) {
        if (code.length() != 3 || code.chars().anyMatch(c -> c < 'A' || c > 'Z')) {
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
