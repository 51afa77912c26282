package dev.gonogo.config;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import dev.gonogo.parse.VocabularyWords;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of {@code gonogo.yml}, generated from the configuration records with victools
 * jsonschema-generator so it cannot drift from what {@link ConfigLoader} accepts. Published as
 * {@code docs/gonogo.schema.json}; a test keeps that file in sync.
 */
public final class ConfigSchema {

    /** Where the schema is published, relative to the project. */
    public static final String PUBLISHED_PATH = "docs/gonogo.schema.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ConfigSchema() {
    }

    /** Generates the schema; deterministic. */
    public static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.FLATTENED_ENUMS_FROM_TOSTRING, Option.INLINE_ALL_SCHEMAS);
        config.forFields()
                .withDescriptionResolver(ConfigSchema::propertyDescription)
                .withRequiredCheck(field -> {
                    JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
                    return property != null && property.required();
                });
        config.forTypesInGeneral().withDescriptionResolver(ConfigSchema::classDescription);
        ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(GonogoConfig.class);
        ObjectNode properties = (ObjectNode) generated.get("properties");
        restrictRuleIds((ObjectNode) properties.get("rules"));
        ((ObjectNode) properties.get("tolerance")).put("minimum", 0);
        restrictEnumKeys((ObjectNode) properties.get("vocabulary").get("properties"));
        ObjectNode schema = JSON.createObjectNode();
        schema.set("$schema", generated.get("$schema"));
        schema.put("title", "gonogo.yml");
        schema.setAll((ObjectNode) generated.without("$schema"));
        return schema;
    }

    /** The schema as pretty-printed JSON with a trailing newline. */
    public static String asString() {
        try {
            return JSON.writeValueAsString(generate()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rule ids are map keys, which records cannot describe: list them, and the YAML 1.1 reading of {@code off}. */
    private static void restrictRuleIds(ObjectNode rules) {
        ArrayNode ids = rules.putObject("propertyNames").putArray("enum");
        ConfigLoader.configurableRuleIds().forEach(ids::add);
        ObjectNode level = (ObjectNode) rules.get("additionalProperties");
        level.putArray("type").add("string").add("boolean");
        ((ArrayNode) level.get("enum")).add(false);
        level.put("description", "error, warning or info sets the severity of the rule's findings; off disables "
                + "it (an unquoted off, which YAML 1.1 reads as false, means off too).");
    }

    /** Maps keyed by an enum (statusWords by state, headings by kind) list the keys Jackson accepts. */
    private static void restrictEnumKeys(ObjectNode vocabularyProperties) {
        for (RecordComponent component : VocabularyWords.class.getRecordComponents()) {
            if (!(component.getGenericType() instanceof ParameterizedType map)
                    || !Map.class.equals(map.getRawType())
                    || !(map.getActualTypeArguments()[0] instanceof Class<?> key) || !key.isEnum()) {
                continue;
            }
            ObjectNode property = (ObjectNode) vocabularyProperties.get(component.getName());
            ArrayNode names = property.putObject("propertyNames").putArray("enum");
            for (Object constant : key.getEnumConstants()) {
                names.add(JSON.convertValue(constant, String.class));
            }
        }
    }

    private static String propertyDescription(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        JsonPropertyDescription description =
                field.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
        return description == null ? null : description.value();
    }

    private static String classDescription(TypeScope scope) {
        JsonClassDescription description = scope.getType().getErasedType().getAnnotation(JsonClassDescription.class);
        return description == null ? null : description.value();
    }
}
