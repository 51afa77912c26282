package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.State;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of the model JSON, generated from the DTO records with victools
 * jsonschema-generator — never written by hand, so it cannot drift from what {@link ModelJsonWriter} prints.
 * The root accepts one review object (one file) or an array of them (several files). Every property is
 * required; properties marked {@link Nullable} may be {@code null}; no other properties are allowed.
 */
public final class ModelSchema {

    /** Enums live in the model, which knows nothing of Jackson; their descriptions are kept here. */
    private static final Map<Class<?>, String> ENUM_DESCRIPTIONS = Map.of(
            State.class, "The normalised meaning of a status mark: DONE (finished), IN_PROGRESS (running, "
                    + "planned, waiting), ATTENTION (needs work or a decision), FAILED, NONE (no mark).",
            Quantity.Comparator.class, "How a written number bounds the value: EQ when written bare, LT '<', "
                    + "LE '<=', GT '>', GE '>=', APPROX '~'.");

    private ModelSchema() {
    }

    /** Generates the schema; deterministic (same DTOs, same bytes). */
    public static ObjectNode generate() {
        SchemaBuilder builder = new SchemaGenerator(config()).buildMultipleSchemaDefinitions();
        ObjectNode review = builder.createSchemaReference(ReviewJson.class);
        ObjectNode reviews = Json.mapper().createObjectNode().put("type", "array");
        reviews.set("items", builder.createSchemaReference(ReviewJson.class));
        reviews.put("minItems", 2);
        ObjectNode definitions = builder.collectDefinitions("$defs");

        ObjectNode root = Json.mapper().createObjectNode();
        root.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
        root.put("title", "gonogo review model");
        root.put("description", "What 'gonogo model FILE...' prints: one review object for one file, "
                + "an array of them for several.");
        ArrayNode oneOf = root.putArray("oneOf");
        oneOf.add(review);
        oneOf.add(reviews);
        root.set("$defs", definitions);
        return root;
    }

    /** The schema as pretty-printed JSON with a trailing newline. */
    public static String asString() {
        return Json.toString(generate());
    }

    private static SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.INLINE_NULLABLE_SCHEMAS, Option.PLAIN_DEFINITION_KEYS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withRequiredCheck(field -> true)
                .withNullableCheck(field -> field.getAnnotationConsideringFieldAndGetter(Nullable.class) != null)
                .withDescriptionResolver(ModelSchema::propertyDescription);
        config.forTypesInGeneral()
                .withDescriptionResolver(ModelSchema::classDescription)
                .withDefinitionNamingStrategy((key, context) -> definitionName(key.getType().getErasedType()))
                .withPropertySorter(ModelSchema.declaredOrder());
        return config.build();
    }

    private static String propertyDescription(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null; // the list is described; its items would only repeat it
        }
        JsonPropertyDescription description =
                field.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
        return description == null ? null : description.value();
    }

    private static String classDescription(TypeScope scope) {
        Class<?> type = scope.getType().getErasedType();
        JsonClassDescription description = type.getAnnotation(JsonClassDescription.class);
        return description == null ? ENUM_DESCRIPTIONS.get(type) : description.value();
    }

    /** {@code ReviewJson} is named {@code Review} in the schema: the suffix is a Java concern. */
    private static String definitionName(Class<?> type) {
        String name = type.getSimpleName();
        return name.endsWith("Json") ? name.substring(0, name.length() - "Json".length()) : name;
    }

    /** Properties in the order the JSON is written ({@link JsonPropertyOrder}), so schema and output read alike. */
    private static Comparator<MemberScope<?, ?>> declaredOrder() {
        return Comparator.comparingInt(member -> {
            JsonPropertyOrder order = member.getDeclaringType().getErasedType().getAnnotation(JsonPropertyOrder.class);
            List<String> names = order == null ? List.of() : Arrays.asList(order.value());
            int index = names.indexOf(member.getSchemaPropertyName());
            return index < 0 ? Integer.MAX_VALUE : index;
        });
    }

}
