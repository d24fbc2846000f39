package com.stakeline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.stakeline.domain.Citation;
import com.stakeline.domain.Entity;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.Source;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an event store in its canonical form, so that a store kept in git changes by small, readable diffs: the keys
 * in the order of {@code docs/format.md}, two-space indentation, each entity, source and event a block of its own
 * with a field a line, events by date and then id, and one newline at the end. Reading a canonical file and writing
 * it again gives the same bytes.
 */
public final class EventStoreWriter {

    private static final String ITEM = "    ";
    private static final String FIELD = "      ";
    private static final String CITATION = "        ";
    private static final Comparator<Event> CANONICAL_ORDER =
            Comparator.comparing(Event::date).thenComparing(Event::id);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    /** The order events are written in. */
    public enum EventOrder {
        /** By date, then by id: the canonical form's. */
        CANONICAL,
        /**
         * As the store lists them, by date with same-day events as they came: to check a change the app made, or
         * keep a copy of unsaved work, without reordering what the analyst sees.
         */
        AS_LISTED
    }

    private final Writer out;
    private final EventOrder order;
    /** Writes values within a line, escaped and formatted as the reader takes them, into {@link #out}. */
    private final JsonGenerator inline;

    private EventStoreWriter(Writer out, EventOrder order) throws IOException {
        this.out = out;
        this.order = order;
        this.inline = FACTORY.createGenerator(out).setPrettyPrinter(new OneLine());
    }

    /** Writes {@code store} in canonical form as UTF-8 to {@code out}, which is flushed and left open. */
    public static void write(EventStore store, OutputStream out) throws IOException {
        write(store, out, EventOrder.CANONICAL);
    }

    /** Writes {@code store} as UTF-8 to {@code out}, its events in {@code order}; {@code out} is flushed, left open. */
    public static void write(EventStore store, OutputStream out, EventOrder order) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new EventStoreWriter(writer, order).store(store);
        writer.flush();
    }

    /** The canonical form of {@code store}, as the bytes of a file. */
    public static byte[] toBytes(EventStore store) {
        return toBytes(store, EventOrder.CANONICAL);
    }

    /**
     * {@code store} as the bytes of a file, its events in {@code order}: {@link EventOrder#AS_LISTED} gives a file
     * that reads back as the same store with its same-day events in the same order, so a change checked by reading
     * it does not reorder what the analyst sees.
     */
    public static byte[] toBytes(EventStore store, EventOrder order) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(store, bytes, order);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Saves {@code store} to {@code file} in canonical form, atomically and durably, keeping the file it replaces as
     * {@code FILE.bak}; see {@link AtomicFile#write(Path, AtomicFile.Content, boolean)}.
     */
    public static void save(EventStore store, Path file) throws IOException {
        AtomicFile.write(file, out -> write(store, out), true);
    }

    /**
     * Saves {@code store} to {@code file} in canonical form atomically, like {@link #save}, but without a backup:
     * for {@code stakeline format}, which rewrites files a version control system already keeps.
     */
    public static void rewrite(EventStore store, Path file) throws IOException {
        AtomicFile.write(file, out -> write(store, out), false);
    }

    /** Whether {@code file} holds exactly the canonical form of {@code store}, compared as it is written. */
    public static boolean isCanonical(EventStore store, Path file) throws IOException {
        try (InputStream existing = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            SameBytes same = new SameBytes(existing);
            write(store, same);
            return same.matched && existing.read() < 0;
        }
    }

    /** Compares what is written to it with a stream, byte by byte, without keeping either. */
    private static final class SameBytes extends OutputStream {
        private final InputStream expected;
        private boolean matched = true;

        SameBytes(InputStream expected) {
            this.expected = expected;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (matched) {
                matched = Arrays.equals(bytes, offset, offset + length, expected.readNBytes(length), 0, length);
            }
        }
    }

    /** The events of {@code store} in the order a canonical file lists them: by date, then by id. */
    public static List<Event> canonicalOrder(EventStore store) {
        List<Event> events = new ArrayList<>(store.events());
        events.sort(CANONICAL_ORDER);
        return events;
    }

    private void store(EventStore store) throws IOException {
        out.write("{\n");
        topField("format", EventStore.FORMAT);
        topField("title", store.title());
        if (store.declaredSubjectId().isPresent()) {
            topField("subject", store.declaredSubjectId().get());
        }
        out.write("  \"entities\": [");
        items(store.entities(), this::entity);
        out.write(",\n  \"sources\": [");
        items(store.sources(), this::source);
        out.write(",\n  \"events\": [");
        items(order == EventOrder.CANONICAL ? canonicalOrder(store) : store.events(), this::event);
        out.write("\n}\n");
    }

    private void topField(String name, String value) throws IOException {
        out.write("  ");
        name(name);
        string(value);
        out.write(",\n");
    }

    /** Writes the items of a top-level array, each a block, and the closing bracket. */
    private <T> void items(List<T> items, ItemWriter<T> writer) throws IOException {
        if (items.isEmpty()) {
            out.write("]");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            out.write(i == 0 ? "\n" + ITEM + "{" : ",\n" + ITEM + "{");
            Fields fields = new Fields();
            writer.write(items.get(i), fields);
            out.write("\n" + ITEM + "}");
        }
        out.write("\n  ]");
    }

    private void entity(Entity entity, Fields fields) throws IOException {
        fields.text("id", entity.id());
        fields.text("name", entity.name());
        fields.text("kind", entity.kind().jsonName());
        if (!entity.aliases().isEmpty()) {
            fields.start("aliases");
            strings(entity.aliases());
        }
        fields.text("parent", entity.parent());
        fields.text("notes", entity.notes());
    }

    private void source(Source source, Fields fields) throws IOException {
        fields.text("id", source.id());
        fields.text("title", source.title());
        fields.text("publisher", source.publisher());
        fields.text("published", source.published() == null ? null : source.published().toString());
        fields.text("url", source.url());
        fields.text("file", source.file());
        fields.text("notes", source.notes());
    }

    private void event(Event event, Fields fields) throws IOException {
        fields.text("id", event.id());
        fields.text("type", event.type().jsonName());
        fields.text("date", event.date().toString());
        fields.text("endDate", event.endDate() == null ? null : event.endDate().toString());
        fields.text("company", event.company());
        fields.text("title", event.title());
        fields.text("summary", event.summary());
        for (EventType.FieldRule rule : event.type().fieldRules()) {
            Object value = event.fields().get(rule.field()).orElse(null);
            if (value != null) {
                fields.start(rule.field().name());
                value(value);
            }
        }
        fields.start("sources");
        out.write("[");
        for (int i = 0; i < event.sources().size(); i++) {
            out.write(i == 0 ? "\n" + CITATION : ",\n" + CITATION);
            citation(event.sources().get(i), event.type());
        }
        out.write("\n" + FIELD + "]");
        if (!event.tags().isEmpty()) {
            fields.start("tags");
            strings(event.tags());
        }
    }

    private void citation(Citation citation, EventType type) throws IOException {
        inline.writeStartObject();
        inline.writeStringField("ref", citation.sourceId());
        FieldValues says = citation.says();
        if (!says.isEmpty()) {
            inline.writeObjectFieldStart("says");
            for (Field<?> field : disputable(type)) {
                Object value = says.get(field).orElse(null);
                if (value != null) {
                    inline.writeFieldName(field.name());
                    StoreJson.writeValue(inline, value);
                }
            }
            inline.writeEndObject();
        }
        inline.writeEndObject();
        inline.flush();
    }

    /** The fields a source may disagree on, in the order an event of {@code type} lists them. */
    private static List<Field<?>> disputable(EventType type) {
        List<Field<?>> fields = new ArrayList<>(List.of(Field.DATE, Field.END_DATE));
        type.fieldRules().forEach(rule -> fields.add(rule.field()));
        return fields;
    }

    /** A field value on one line, written as everywhere else a store's values are: {@link StoreJson#writeValue}. */
    private void value(Object value) throws IOException {
        StoreJson.writeValue(inline, value);
        inline.flush();
    }

    private void strings(List<String> texts) throws IOException {
        inline.writeStartArray();
        for (String text : texts) {
            inline.writeString(text);
        }
        inline.writeEndArray();
        inline.flush();
    }

    private void name(String name) throws IOException {
        string(name);
        out.write(": ");
    }

    private void string(String text) throws IOException {
        inline.writeString(text);
        inline.flush();
    }

    /**
     * Separates what {@link #inline} writes as the canonical form does within a line: {@code {"value": 4, "currency":
     * "USD"}}, {@code ["a", "b"]}.
     */
    private static final class OneLine implements PrettyPrinter {
        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            // Each inline value is written on its own; the block around it places it.
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            // Nothing between the bracket and the first value.
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            // Nothing between the brace and the first entry.
        }
    }

    /** The members of one block, each on its own line, with the commas between them. */
    private final class Fields {
        private boolean first = true;

        /** Starts a member; its value follows. */
        void start(String name) throws IOException {
            out.write(first ? "\n" + FIELD : ",\n" + FIELD);
            first = false;
            name(name);
        }

        /** A text member, left out when null. */
        void text(String name, String value) throws IOException {
            if (value != null) {
                start(name);
                string(value);
            }
        }
    }

    /** Writes one item of a top-level array through {@link Fields}. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(T item, Fields fields) throws IOException;
    }
}
