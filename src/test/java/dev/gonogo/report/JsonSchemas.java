package dev.gonogo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** Validates JSON against a JSON Schema with networknt's validator; returns the messages, empty when valid. */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    public static List<String> validate(JsonNode schema, SpecVersion.VersionFlag version, JsonNode instance) {
        return JsonSchemaFactory.getInstance(version).getSchema(schema).validate(instance).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
