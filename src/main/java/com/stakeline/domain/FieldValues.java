package com.stakeline.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable map from fields to values of each field's own type, in the order they were put. An event has a
 * handful of fields, so they are kept in two short arrays and found by looking along them: a hash map for each of a
 * million events took over a hundred megabytes.
 */
public final class FieldValues {

    private static final FieldValues EMPTY = new FieldValues(new Field<?>[0], new Object[0]);

    private final Field<?>[] fields;
    private final Object[] values;

    private FieldValues(Field<?>[] fields, Object[] values) {
        this.fields = fields;
        this.values = values;
    }

    /** No values. */
    public static FieldValues empty() {
        return EMPTY;
    }

    /** A builder that keeps the order fields are put in. */
    public static Builder builder() {
        return new Builder();
    }

    /** The value of the field, if present. */
    public <T> Optional<T> get(Field<T> field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(field)) {
                return Optional.of(field.cast(values[i]));
            }
        }
        return Optional.empty();
    }

    /** The fields that have values, in the order they were put. */
    public Set<Field<?>> fields() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(fields)));
    }

    /** Whether no field has a value. */
    public boolean isEmpty() {
        return fields.length == 0;
    }

    /** The values as a map, in order; for comparing and printing, which are rare. */
    private Map<Field<?>, Object> asMap() {
        Map<Field<?>, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            map.put(fields[i], values[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldValues that && asMap().equals(that.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Collects values; each field's value is checked against the field's type. */
    public static final class Builder {
        // Two short lists rather than a map: an event has a few fields, and a store reads a million events.
        private final List<Field<?>> fields = new ArrayList<>(8);
        private final List<Object> values = new ArrayList<>(8);

        private Builder() {
        }

        /** Sets a field's value, replacing any value it had. */
        public <T> Builder put(Field<T> field, T value) {
            Object checked = field.cast(value);
            int index = fields.indexOf(field);
            if (index >= 0) {
                values.set(index, checked);
            } else {
                fields.add(field);
                values.add(checked);
            }
            return this;
        }

        /** The values put so far. */
        public FieldValues build() {
            return fields.isEmpty() ? EMPTY : new FieldValues(fields.toArray(new Field<?>[0]), values.toArray());
        }
    }
}
