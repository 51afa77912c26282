package dev.gonogo.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.gonogo.report.JsonSchemas;
import dev.gonogo.report.SampleReviews;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSchemaTest {
    private final ObjectNode schema = ModelSchema.generate();

    private List<String> validate(JsonNode instance) {
        return JsonSchemas.validate(schema, VersionFlag.V202012, instance);
    }

    private static ObjectNode seedJson() {
        return Json.mapper().valueToTree(ModelJsonMapper.toJson(SampleReviews.seedExcerpt()));
    }

    @Test
    void isDraft202012() {
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void acceptsOneReviewAndAnArrayOfReviews() {
        JsonNode empty = Json.mapper().valueToTree(ModelJsonMapper.toJson(SampleReviews.empty("e.md")));

        assertThat(validate(seedJson())).isEmpty();
        assertThat(validate(empty)).isEmpty();
        assertThat(validate(Json.mapper().createArrayNode().add(seedJson()).add(empty))).isEmpty();
    }

    @Test
    void rejectsAMissingPropertyAWrongTypeAnUnknownPropertyAndAnUnknownState() {
        ObjectNode missing = seedJson();
        missing.remove("problems");
        ObjectNode wrongType = seedJson();
        ((ObjectNode) wrongType.get("matrix")).put("computedScore", "85.65");
        ObjectNode unknown = seedJson();
        unknown.put("score", 1);
        ObjectNode badState = seedJson();
        ((ObjectNode) badState.at("/checklist/0")).put("state", "MAYBE");

        assertThat(validate(missing)).isNotEmpty();
        assertThat(validate(wrongType)).isNotEmpty();
        assertThat(validate(unknown)).isNotEmpty();
        assertThat(validate(badState)).isNotEmpty();
    }

    @Test
    void allowsNullOnlyWherePropertiesAreMarkedNullable() {
        ObjectNode nullMatrix = seedJson();
        nullMatrix.putNull("matrix");
        ObjectNode nullTitle = seedJson();
        nullTitle.putNull("title");

        assertThat(validate(nullMatrix)).isEmpty();
        assertThat(validate(nullTitle)).isNotEmpty();
    }

    @Test
    void describesTypesAndProperties() {
        assertThat(schema.at("/$defs/Review/description").asText()).contains("production-readiness review");
        assertThat(schema.at("/$defs/Matrix/properties/computedScore/description").asText())
                .contains("exact decimals");
        assertThat(schema.at("/$defs/State/description").asText()).contains("IN_PROGRESS");
    }

    @Test
    void isGeneratedTheSameWayEveryTime() {
        assertThat(ModelSchema.asString()).isEqualTo(ModelSchema.asString());
    }

    @Test
    void everyDtoDeclaresItsJsonOrderAsItsComponentOrderAndTheSchemaListsPropertiesInThatOrder()
            throws ClassNotFoundException {
        List<String> records = new ArrayList<>();
        for (var definitions = schema.get("$defs").fields(); definitions.hasNext(); ) {
            var definition = definitions.next();
            if (!definition.getValue().has("properties")) {
                continue; // enums
            }
            Class<?> type = Class.forName(ModelSchema.class.getPackageName() + "." + definition.getKey() + "Json");
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> schemaOrder = new ArrayList<>();
            definition.getValue().get("properties").fieldNames().forEachRemaining(schemaOrder::add);

            assertThat(type.getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyOrder.class).value())
                    .as(type.getSimpleName()).containsExactlyElementsOf(components);
            assertThat(schemaOrder).as(type.getSimpleName()).containsExactlyElementsOf(components);
            assertThat(definition.getValue().get("required")).as(type.getSimpleName()).hasSize(components.size());
            records.add(type.getSimpleName());
        }
        // Every DTO record of the package is reachable from the root, so the schema documents all of them.
        List<String> dtoRecords = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ModelSchema.class.getPackageName()).stream()
                .filter(javaClass -> javaClass.reflect().isRecord())
                .map(JavaClass::getSimpleName)
                .toList();
        assertThat(records).containsExactlyInAnyOrderElementsOf(dtoRecords);
    }
}
