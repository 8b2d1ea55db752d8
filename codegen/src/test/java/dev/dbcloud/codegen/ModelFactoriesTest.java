package dev.dbcloud.codegen;

import static dev.dbcloud.codegen.ModelDescriptionsTest.emit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code factory} key of a field: the static factories of a one-of model's variants. */
class ModelFactoriesTest {
    private static final String SOURCE = """
            name: Source
            %s
            fields:
              - name: kafka
                type: Optional<KafkaSource>
                factory: |-
                  A Kafka source.

                  @param kafka the variant
                  @return the source
              - name: kinesis
                type: Optional<KinesisSource>
            """;

    @Test
    void aFieldWithAFactoryGetsAStaticFactoryThatSetsItAlone() throws Exception {
        String def = emit(new ModelEmitter(), SOURCE.formatted("doc: A source."))
                .get(0)
                .text();
        assertThat(def)
                .contains("import java.util.Objects;\n")
                .contains("    abstract Optional<KinesisSource> kinesis();\n\n"
                        + "    /**\n     * A Kafka source.\n     *\n     * @param kafka the variant\n"
                        + "     * @return the source\n     */\n"
                        + "    public static Source kafka(KafkaSource kafka) {\n"
                        + "        return Source.builder().kafka(Objects.requireNonNull(kafka, \"kafka == null\"))"
                        + ".build();\n    }\n}\n")
                .doesNotContain("public static Source kinesis(");
    }

    @Test
    void aModelWithRulesGetsItsFactoriesInItsAttributes() throws Exception {
        List<JavaSource> sources = emit(new ModelEmitter(), SOURCE.formatted("rules: true"));
        assertThat(sources.get(0).className()).isEqualTo("SourceAttributes");
        assertThat(sources.get(0).text()).contains("    public static Source kafka(KafkaSource kafka) {\n");
        assertThat(sources.get(1).text()).doesNotContain("public static");
    }
}
