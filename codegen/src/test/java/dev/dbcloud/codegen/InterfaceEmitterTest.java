package dev.dbcloud.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InterfaceEmitterTest {
    private static JavaSource emit(String yaml) {
        return Descriptions.emitOne(new InterfaceEmitter(), "interfaces", yaml);
    }

    @Test
    void writesThePackagePrivateAccessorInterface() {
        JavaSource source = emit("""
                interfaces:
                  - name: Located
                    doc: Where a thing is, read alike from {@link Box} and {@link Crate}.
                    imports: [java.util.List, java.util.Optional]
                    fields:
                      - name: city
                        type: Optional<String>
                        doc: The city (wire {@code city}).
                      - name: secret
                        type: Optional<String>
                        redacted: true
                        deprecated: true
                      - name: tags
                        type: List<String>
                        doc: |-
                          The tags.

                          @return the tags, perhaps empty
                        omitEmpty: true
                        annotations: ["@JsonProperty(\\"labels\\")"]
                """);

        assertThat(source.className()).isEqualTo("Located");
        assertThat(source.text()).isEqualTo("""
                        // Generated from this module's src/main/codegen descriptions; edit those.
                        package dev.dbcloud.demo;

                        import com.fasterxml.jackson.annotation.JsonInclude;
                        import java.util.List;
                        import java.util.Optional;
                        import org.immutables.value.Value;

                        /**
                         * Where a thing is, read alike from {@link Box} and {@link Crate}.
                         */
                        interface Located {
                            /**
                             * The city (wire {@code city}).
                             *
                             * @return the value
                             */
                            Optional<String> city();

                            /**
                             * @return the value
                             */
                            @Deprecated
                            @Value.Redacted
                            Optional<String> secret();

                            /**
                             * The tags.
                             *
                             * @return the tags, perhaps empty
                             */
                            @JsonInclude(JsonInclude.Include.NON_EMPTY)
                            @JsonProperty("labels")
                            List<String> tags();
                        }
                        """);
    }

    @Test
    void aPublicInterfaceMayExtendOthers() {
        JavaSource source = emit("""
                interfaces:
                  - name: Placed
                    doc: A placed thing.
                    public: true
                    extends: [Located, Named]
                    fields:
                      - {name: floor, type: int}
                """);

        assertThat(source.text()).contains("""
                        /**
                         * A placed thing.
                         */
                        public interface Placed extends Located, Named {
                            /**
                             * @return the value
                             */
                            int floor();
                        }
                        """);
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> emit("""
                        interfaces:
                          - name: Located
                            implements: Named
                            fields: [{name: city, type: String}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > interfaces > Located: unknown key 'implements'; known: [name, doc, public,"
                        + " extends, imports, fields]");
    }

    @Test
    void refusesAnUnknownKeyOfAnAccessor() {
        assertThatThrownBy(() -> emit("""
                        interfaces:
                          - name: Located
                            fields: [{name: city, type: String, fallback: Paris}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Demo.yaml > interfaces > Located > fields > city: unknown key 'fallback'");
    }

    @Test
    void refusesADefaultOnAnInterfacesAccessor() {
        assertThatThrownBy(() -> emit("""
                        interfaces:
                          - name: Located
                            fields: [{name: city, type: String, default: Paris}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an interface's accessor has no 'default'");
    }

    @Test
    void refusesAnInterfaceWithoutName() {
        assertThatThrownBy(() -> emit("""
                        interfaces:
                          - fields: [{name: city, type: String}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > interfaces > 0: 'name' is required");
    }

    @Test
    void refusesAnInterfaceWithoutAccessors() {
        assertThatThrownBy(() -> emit("""
                        interfaces:
                          - name: Located
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > interfaces > Located: 'fields' lists at least one accessor");
    }
}
