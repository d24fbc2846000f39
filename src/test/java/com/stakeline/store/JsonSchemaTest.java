package com.stakeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.EventType;
import com.stakeline.domain.LeadershipChangeKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON Schema that editors use must say what the validator says. */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA_FILE = Path.of("data", "schema", "stakeline-events-1.schema.json");

    private final JsonNode schemaJson = read(SCHEMA_FILE);
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);

    @Test
    void theBundledDatasetPassesTheSchema() {
        assertEquals(Set.of(), schema.validate(read(Path.of("data", "scale-ai-meta.json"))));
    }

    @Test
    void theSchemaRejectsAFieldTheTypeDoesNotHave() {
        JsonNode store = read(Path.of("data", "scale-ai-meta.json"));
        ((ObjectNode) store.get("events").get(0)).put("stakePercent", 10);
        Set<ValidationMessage> messages = schema.validate(store);
        assertFalse(messages.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachTypesFieldsMatchTheValidators(EventType type) {
        JsonNode definition = schemaJson.get("$defs").get(type.jsonName());
        Set<String> properties = new HashSet<>();
        definition.get("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(type.fieldRules().stream().map(rule -> rule.field().name()).collect(Collectors.toSet()), properties);
        Set<String> required = definition.has("required") ? texts(definition.get("required")) : Set.of();
        assertEquals(type.fieldRules().stream().filter(EventType.FieldRule::required).map(rule -> rule.field().name())
                .collect(Collectors.toSet()), required);
    }

    @Test
    void theEnumerationsMatchTheValidators() {
        assertEquals(Arrays.stream(EventType.values()).map(EventType::jsonName).collect(Collectors.toSet()),
                texts(schemaJson.at("/$defs/event/properties/type/enum")));
        assertEquals(Arrays.stream(EntityKind.values()).map(EntityKind::jsonName).collect(Collectors.toSet()),
                texts(schemaJson.at("/$defs/entity/properties/kind/enum")));
        assertEquals(Arrays.stream(LeadershipChangeKind.values()).map(LeadershipChangeKind::jsonName)
                .collect(Collectors.toSet()), texts(schemaJson.at("/$defs/leadership_change/properties/change/enum")));
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet());
    }

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
