package dev.dbcloud.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDescriptionsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<JavaSource> emit(Emitter emitter, String yaml) throws Exception {
        return emitter.emit("dev.example", new Description(YAML.readTree(yaml), "test"));
    }

    @Test
    void aModelWithoutRulesIsOneAnnotatedValueType() throws Exception {
        List<JavaSource> sources = emit(new ModelEmitter(), """
                name: Peering
                doc: A peering.
                snakeCase: true
                implements: [Named]
                imports: [java.util.Optional]
                fields:
                  - name: id
                    type: String
                    doc: The ID.
                  - name: secret
                    type: Optional<String>
                    doc: "@return the secret"
                    redacted: true
                    omitEmpty: true
                    deprecated: true
                    annotations: ["@JsonSetter(nulls = Nulls.SKIP)"]
                """);
        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.className()).isEqualTo("PeeringDef");
            assertThat(source.text()).isEqualTo("""
                            // Generated from this module's src/main/codegen descriptions; edit those.
                            package dev.example;

                            import com.fasterxml.jackson.annotation.JsonInclude;
                            import com.fasterxml.jackson.databind.PropertyNamingStrategies;
                            import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                            import com.fasterxml.jackson.databind.annotation.JsonNaming;
                            import com.fasterxml.jackson.databind.annotation.JsonSerialize;
                            import dev.dbcloud.core.DbCloudStyle;
                            import java.util.Optional;
                            import org.immutables.value.Value;

                            /**
                             * A peering.
                             */
                            @DbCloudStyle
                            @Value.Immutable
                            @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
                            @JsonSerialize(as = Peering.class)
                            @JsonDeserialize(as = Peering.class)
                            abstract class PeeringDef implements Named {
                                /**
                                 * The ID.
                                 *
                                 * @return the value
                                 */
                                abstract String id();

                                /**
                                 * @return the secret
                                 */
                                @Deprecated
                                @Value.Redacted
                                @JsonInclude(JsonInclude.Include.NON_EMPTY)
                                @JsonSetter(nulls = Nulls.SKIP)
                                abstract Optional<String> secret();
                            }
                            """);
        });
    }

    @Test
    void aModelWithRulesSplitsAttributesFromTheAnnotatedType() throws Exception {
        List<JavaSource> sources = emit(new ModelEmitter(), """
                name: Params
                rules: true
                extends: Base
                omitEmpty: true
                deprecated: true
                propertyOrder: [name, size]
                json: read
                fields:
                  - name: name
                    type: String
                """);
        assertThat(sources).extracting(JavaSource::className).containsExactly("ParamsAttributes", "ParamsDef");
        assertThat(sources.get(0).text())
                .contains("abstract class ParamsAttributes extends Base {")
                .contains("    abstract String name();")
                .doesNotContain("@Value.Immutable");
        assertThat(sources.get(1).text())
                .contains("@Deprecated\n@JsonInclude(JsonInclude.Include.NON_EMPTY)\n")
                .contains("@JsonPropertyOrder({\"name\", \"size\"})\n@JsonDeserialize(as = Params.class)\n")
                .doesNotContain("@JsonSerialize")
                .contains("abstract class ParamsDef extends ParamsRules {}");
    }

    @Test
    void jsonFalseMapsNothing() throws Exception {
        String text = emit(new ModelEmitter(), "name: Local\njson: false\nfields: []\n")
                .get(0)
                .text();
        assertThat(text).doesNotContain("@JsonSerialize").doesNotContain("@JsonDeserialize");
    }

    @Test
    void refusesAnUnknownKeyNamingIt() {
        assertThatThrownBy(() -> emit(new ModelEmitter(), "name: Thing\nfeilds: []\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'feilds'");
    }

    @Test
    void refusesAFieldWithoutType() {
        assertThatThrownBy(() -> emit(new ModelEmitter(), "name: Thing\nfields:\n  - name: id\n"))
                .hasMessageContaining("fields > id: 'type' is required");
    }

    @Test
    void refusesAnOddJsonMode() {
        assertThatThrownBy(() -> emit(new ModelEmitter(), "name: Thing\njson: write\nfields: []\n"))
                .hasMessageContaining("'json' is true, false or read");
    }

    @Test
    void refusesAFlagThatIsNotABoolean() {
        assertThatThrownBy(() -> emit(new ModelEmitter(), "name: Thing\nrules: yes please\nfields: []\n"))
                .hasMessageContaining("'rules' must be true or false");
    }

    @Test
    void refusesFieldsThatAreNotAList() {
        assertThatThrownBy(() -> emit(new ModelEmitter(), "name: Thing\nfields: {id: String}\n"))
                .hasMessageContaining("'fields' must be a list");
    }

    @Test
    void refusesANameThatIsNotAText() {
        assertThatThrownBy(() -> emit(new ModelEmitter(), "name: [a, b]\nfields: []\n"))
                .hasMessageContaining("'name' must be a text");
    }

    @Test
    void aDefaultIsTheValueWhenNoneIsSet() throws Exception {
        String text = emit(new ModelEmitter(), """
                        name: Waits
                        json: false
                        fields:
                          - {name: timeout, type: Duration, default: PT20M}
                          - {name: wait, type: boolean, default: "true"}
                          - {name: label, type: String, default: "say \\"hi\\""}
                          - {name: expireAt, type: Patch<Instant>, default: absent}
                          - {name: provider, type: CloudProvider, default: AWS}
                          - {name: weights, type: Weights, default: empty}
                        """).get(0).text();
        assertThat(text)
                .contains("import dev.dbcloud.core.Patch;\n")
                .contains("import java.time.Duration;\n")
                .contains(
                        "    @Value.Default\n    Duration timeout() {\n        return Duration.ofMinutes(20);\n    }\n")
                .contains("    boolean wait() {\n        return true;\n")
                .contains("    String label() {\n        return \"say \\\"hi\\\"\";\n")
                .contains("    Patch<Instant> expireAt() {\n        return Patch.absent();\n")
                .contains("    CloudProvider provider() {\n        return CloudProvider.AWS;\n")
                .contains("    Weights weights() {\n        return Weights.empty();\n");
    }

    @Test
    void refusesADefaultTheTypeCannotTake() {
        assertThatThrownBy(() ->
                        emit(new ModelEmitter(), "name: W\nfields:\n  - {name: t, type: Duration, default: soon}\n"))
                .hasMessageContaining("a Duration is ISO-8601, such as PT20M, not soon");
        assertThatThrownBy(() -> emit(
                        new ModelEmitter(), "name: W\nfields:\n  - {name: p, type: Patch<Integer>, default: \"0\"}\n"))
                .hasMessageContaining("a Patch field's default is absent");
    }
}
