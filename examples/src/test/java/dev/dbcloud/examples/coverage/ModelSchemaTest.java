package dev.dbcloud.examples.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The models' wire names follow the vendors' specifications: every field of every model description that names
 * its schema is a property of that schema, or says why not.
 */
class ModelSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDescribedModelReadsAndWritesItsSchemasProperties() {
        Path projectRoot = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath()
                .getParent();
        Path reference = ReferenceDirectory.locate(projectRoot);
        JsonNode clickhouse = Specifications.read(reference.resolve("specs/clickhouse-cloud-openapi.json"));
        JsonNode crunchy = Specifications.read(reference.resolve("specs/crunchy-bridge-openapi.yaml"));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String module : List.of("sdk-clickhouse", "sdk-postgres", "sdk-crunchy")) {
            ModelSchemas schemas = new ModelSchemas(module.equals("sdk-crunchy") ? crunchy : clickhouse);
            problems.addAll(schemas.check(projectRoot.resolve(module).resolve("src/main/codegen")));
            checked += schemas.checkedModels();
        }
        assertThat(problems).isEmpty();
        // Most models name their schema; query parameters, SDK workflows and Tinybird (no OpenAPI document) do not.
        assertThat(checked).isGreaterThan(180);
    }

    @Test
    void aFieldTheSchemaLacksIsReportedWithItsWireName() throws Exception {
        JsonNode spec = JSON.readTree("""
                {"components": {"schemas": {
                  "Base": {"properties": {"id": {}}},
                  "Thing": {"allOf": [{"$ref": "#/components/schemas/Base"},
                                      {"oneOf": [{"properties": {"display_name": {}}}]}]}}}}
                """);
        JsonNode model = JSON.readTree("""
                {"name": "Thing", "schema": "Thing", "snakeCase": true, "fields": [
                  {"name": "id"}, {"name": "displayName"}, {"name": "colour"},
                  {"name": "legacy", "offSpec": "an older document lists it"},
                  {"name": "kind", "annotations": ["@JsonProperty(\\"type\\")"]}]}
                """);
        List<String> problems = new ModelSchemas(spec).checkModel("Thing.yaml", model);
        assertThat(problems)
                .containsExactly(
                        "Thing.yaml: Thing.colour reads and writes 'colour', which is not a property of [Thing];"
                                + " fix the name, or say why in offSpec",
                        "Thing.yaml: Thing.kind reads and writes 'type', which is not a property of [Thing];"
                                + " fix the name, or say why in offSpec");
    }

    @Test
    void aSchemaTheSpecificationLacksIsReported() throws Exception {
        JsonNode spec = JSON.readTree("{\"components\": {\"schemas\": {}}}");
        JsonNode model = JSON.readTree("{\"name\": \"Thing\", \"schema\": [\"Gone\"], \"fields\": []}");
        assertThat(new ModelSchemas(spec).checkModel("Thing.yaml", model))
                .containsExactly("Thing.yaml: Thing names schema Gone, which the specification lacks");
    }

    @Test
    void aModelWithoutSchemaIsNotChecked() throws Exception {
        JsonNode model = JSON.readTree("{\"name\": \"ListParams\", \"fields\": [{\"name\": \"anything\"}]}");
        ModelSchemas schemas = new ModelSchemas(JSON.readTree("{}"));
        assertThat(schemas.checkModel("ListParams.yaml", model)).isEmpty();
        assertThat(schemas.checkedModels()).isZero();
    }
}
