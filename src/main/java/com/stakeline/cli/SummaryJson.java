package com.stakeline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.stakeline.domain.CheckResult;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.Stake;
import com.stakeline.domain.Tenure;
import com.stakeline.domain.ValuationPoint;
import com.stakeline.store.StoreJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code stakeline summary --json}: the summary as one JSON object whose keys are documented in the README and kept
 * stable, so analysts can script it. Values keep the event store's shapes (money objects, dates as written).
 */
final class SummaryJson {

    private final Summary summary;
    private final EventStore store;

    SummaryJson(Summary summary) {
        this.summary = summary;
        this.store = summary.store();
    }

    String text() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("asOf", summary.asOf().toString());
            json.writeObjectFieldStart("company");
            json.writeStringField("id", summary.companyId());
            json.writeStringField("name", store.entityName(summary.companyId()));
            json.writeEndObject();
            ownership(json);
            leadership(json);
            valuations(json);
            conflicts(json);
            checks(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out + System.lineSeparator();
    }

    private void ownership(JsonGenerator json) throws IOException {
        OwnershipSnapshot snapshot = summary.ownership();
        json.writeArrayFieldStart("ownership");
        for (Stake stake : snapshot.stakes()) {
            json.writeStartObject();
            json.writeStringField("holder", stake.holderId());
            json.writeStringField("name", store.entityName(stake.holderId()));
            number(json, "percent", stake.percent());
            json.writeBooleanField("approx", stake.approx());
            json.writeStringField("basis", stake.basis());
            json.writeStringField("statement", stake.statement().name().toLowerCase(Locale.ROOT));
            json.writeStringField("statedOn", stake.statedOn().toString());
            json.writeStringField("event", stake.eventId());
            json.writeNumberField("laterRounds", stake.laterRounds());
            number(json, "impliedPercent", stake.impliedPercent());
            json.writeFieldName("value");
            StoreJson.writeValue(json, stake.value());
            json.writeBooleanField("valueEstimate", stake.valueEstimate());
            json.writeEndObject();
        }
        json.writeEndArray();
        number(json, "undisclosedPercent", snapshot.undisclosedPercent());
        json.writeFieldName("valuation");
        StoreJson.writeValue(json, snapshot.valuation());
    }

    private void leadership(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("leadership");
        for (Tenure tenure : summary.leadership()) {
            json.writeStartObject();
            json.writeStringField("role", tenure.role());
            json.writeStringField("person", tenure.personId());
            json.writeStringField("name", store.entityName(tenure.personId()));
            json.writeBooleanField("interim", tenure.interim());
            json.writeFieldName("since");
            StoreJson.writeValue(json, tenure.start());
            json.writeFieldName("sinceUnknownBefore");
            StoreJson.writeValue(json, tenure.start() == null ? tenure.heldBy() : null);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void valuations(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("valuations");
        for (ValuationPoint point : summary.valuations()) {
            json.writeStartObject();
            json.writeStringField("event", point.eventId());
            json.writeStringField("date", point.date().toString());
            number(json, "postMoney", point.postMoney().value());
            json.writeStringField("currency", point.postMoney().currency());
            json.writeBooleanField("approx", point.postMoney().approx());
            number(json, "stepUp", point.stepUpMultiple().map(step -> step.setScale(4, RoundingMode.HALF_UP)).orElse(null));
            json.writeBooleanField("stepUpApprox", point.stepUpApprox());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void conflicts(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("conflicts");
        for (Conflict conflict : summary.conflicts()) {
            json.writeStartObject();
            json.writeStringField("event", conflict.eventId());
            json.writeStringField("field", conflict.field().name());
            json.writeFieldName("accepted");
            StoreJson.writeValue(json, conflict.accepted());
            json.writeStringField("source", conflict.sourceId());
            json.writeFieldName("says");
            StoreJson.writeValue(json, conflict.claimed());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void checks(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("checks");
        for (CheckResult check : summary.checks()) {
            json.writeStartObject();
            json.writeStringField("event", check.eventId());
            json.writeStringField("name", check.kind().key());
            json.writeStringField("status", check.passed() ? "ok" : "warning");
            json.writeStringField("detail", check.description());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, String name, BigDecimal value) throws IOException {
        json.writeFieldName(name);
        StoreJson.writeValue(json, value);
    }
}
