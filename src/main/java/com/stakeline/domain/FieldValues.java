package com.stakeline.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable map from fields to values of each field's own type, in the order they were put. */
public final class FieldValues {

    private static final FieldValues EMPTY = new FieldValues(Map.of());

    private final Map<Field<?>, Object> values;

    private FieldValues(Map<Field<?>, Object> values) {
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
        return Optional.ofNullable(values.get(field)).map(field::cast);
    }

    /** The fields that have values. */
    public Set<Field<?>> fields() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Whether no field has a value. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects values; each field's value is checked against the field's type. */
    public static final class Builder {
        private final Map<Field<?>, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets a field's value. */
        public <T> Builder put(Field<T> field, T value) {
            values.put(field, field.cast(value));
            return this;
        }

        /** The values put so far. */
        public FieldValues build() {
            return values.isEmpty() ? EMPTY : new FieldValues(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }
}
