package com.stakeline.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.stakeline.domain.EntityList;
import com.stakeline.domain.LeadershipChangeKind;
import com.stakeline.domain.Money;
import com.stakeline.domain.PartialDate;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes domain values the way an event store writes them, so scripts read one shape everywhere. */
public final class StoreJson {

    private StoreJson() {
    }

    /**
     * Writes one field value: money as {@code {"value": …, "currency": …, "approx": true}}, dates as {@code "2025-06"},
     * entity lists as arrays of ids, percentages as plain numbers, null as null.
     */
    public static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Money money) {
            json.writeStartObject();
            json.writeFieldName("value");
            writeNumber(json, money.value());
            json.writeStringField("currency", money.currency());
            if (money.approx()) {
                json.writeBooleanField("approx", true);
            }
            json.writeEndObject();
        } else if (value instanceof BigDecimal number) {
            writeNumber(json, number);
        } else if (value instanceof PartialDate date) {
            json.writeString(date.toString());
        } else if (value instanceof EntityList list) {
            json.writeStartArray();
            for (String id : list.ids()) {
                json.writeString(id);
            }
            json.writeEndArray();
        } else if (value instanceof LeadershipChangeKind change) {
            json.writeString(change.jsonName());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(value.toString());
        }
    }

    /** A number without trailing zeros or an exponent: 49, 40.5, 14300000000. */
    private static void writeNumber(JsonGenerator json, BigDecimal number) throws IOException {
        json.writeNumber(number.stripTrailingZeros().toPlainString());
    }
}
