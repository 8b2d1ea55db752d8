package dev.dbcloud.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumEmitterTest {
    private static JavaSource emit(String yaml) {
        return Descriptions.emitOne(new EnumEmitter(), "enums", yaml);
    }

    @Test
    void writesTheOpenEnumWithTheStandardJavadoc() {
        JavaSource source = emit("""
                enums:
                  - name: Color
                    doc: The colour of a thing (wire field {@code color}).
                    values:
                      - name: RED
                        wire: red
                      - name: LIGHT_BLUE
                        wire: light-blue
                        doc: Added in 2026.
                """);

        assertThat(source.packageName()).isEqualTo("dev.dbcloud.demo");
        assertThat(source.className()).isEqualTo("Color");
        assertThat(source.text()).isEqualTo("""
                        // Generated from this module's src/main/codegen descriptions; edit those.
                        package dev.dbcloud.demo;

                        import com.fasterxml.jackson.annotation.JsonCreator;
                        import dev.dbcloud.core.OpenEnum;
                        import java.util.Collection;

                        /**
                         * The colour of a thing (wire field {@code color}).
                         *
                         * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
                         * false) instead of failing the call, and is written back exactly as read.
                         *
                         * <pre>{@code
                         * if (value == Color.RED) { … }
                         * Color parsed = Color.of("red");
                         * }</pre>
                         */
                        public final class Color extends OpenEnum {
                            private static final Values<Color> VALUES = new Values<>(Color::new);

                            /**
                             * Wire value {@code red}.
                             */
                            public static final Color RED = VALUES.known("red");

                            /**
                             * Wire value {@code light-blue}. Added in 2026.
                             */
                            public static final Color LIGHT_BLUE = VALUES.known("light-blue");

                            private Color(String value, boolean known) {
                                super(value, known);
                            }

                            /**
                             * Returns the constant for a wire value, or an unknown instance holding it.
                             *
                             * @param value the wire value
                             * @return the matching value
                             */
                            @JsonCreator
                            public static Color of(String value) {
                                return VALUES.of(value);
                            }

                            /**
                             * All values this SDK version knows, in declaration order.
                             *
                             * @return the known values
                             */
                            public static Collection<Color> knownValues() {
                                return VALUES.knownValues();
                            }
                        }
                        """);
    }

    @Test
    void theStandardExampleShowsTheNamedConstant() {
        JavaSource source = emit("""
                enums:
                  - name: Color
                    doc: A colour.
                    example: BLUE
                    compatibility: Unknown colours are kept.
                    values:
                      - {name: RED, wire: red}
                      - {name: BLUE, wire: blue}
                """);

        assertThat(source.text()).contains("""
                        /**
                         * A colour.
                         *
                         * <p>Unknown colours are kept.
                         *
                         * <pre>{@code
                         * if (value == Color.BLUE) { … }
                         * Color parsed = Color.of("blue");
                         * }</pre>
                         */
                        """);
    }

    @Test
    void describedJavadocAndAnnotationsReplaceTheStandardOnes() {
        JavaSource source = emit("""
                enums:
                  - name: Shade
                    doc: A shade.
                    compatibility: ""
                    exampleCode: |-
                      Shade dark = Shade.of("dark");
                    wireDocs: false
                    ofDoc: |-
                      The shade with this wire value.

                      @param value the wire value
                      @return the shade
                    knownValuesDoc: |-
                      The shades this version knows.

                      @return the known shades
                    beta: true
                    deprecated: true
                    values:
                      - name: DARK
                        wire: dark
                        doc: "{@code dark}."
                      - name: QUOTED
                        wire: 'say "hi" \\ now'
                        doc: A wire value that needs escaping.
                        deprecated: true
                """);

        assertThat(source.text())
                .contains("import dev.dbcloud.core.Beta;\n")
                .contains("""
                        /**
                         * A shade.
                         *
                         * <pre>{@code
                         * Shade dark = Shade.of("dark");
                         * }</pre>
                         */
                        @Beta
                        @Deprecated
                        public final class Shade extends OpenEnum {
                        """)
                .contains("""
                            /**
                             * {@code dark}.
                             */
                            public static final Shade DARK = VALUES.known("dark");
                        """)
                .contains("""
                            /**
                             * A wire value that needs escaping.
                             */
                            @Deprecated
                            public static final Shade QUOTED = VALUES.known("say \\"hi\\" \\\\ now");
                        """)
                .contains("""
                            /**
                             * The shade with this wire value.
                             *
                             * @param value the wire value
                             * @return the shade
                             */
                            @JsonCreator
                            public static Shade of(String value) {
                        """)
                .contains("""
                            /**
                             * The shades this version knows.
                             *
                             * @return the known shades
                             */
                            public static Collection<Shade> knownValues() {
                        """);
    }

    @Test
    void controlCharactersInAWireValueAreEscaped() {
        JavaSource source = emit("""
                enums:
                  - name: Odd
                    doc: Odd values.
                    values:
                      - {name: TAB, wire: "a\\tb"}
                """);

        assertThat(source.text()).contains("public static final Odd TAB = VALUES.known(\"a\\011b\");");
    }

    @Test
    void aGenerationRunWritesEnumsAndInterfacesBesideModels(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("in/demo/Demo.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package: dev.dbcloud.demo
                enums:
                  - name: Color
                    doc: A colour.
                    values: [{name: RED, wire: red}]
                interfaces:
                  - name: Colored
                    doc: Has a colour.
                    fields: [{name: color, type: Color}]
                models:
                  - name: Box
                    doc: A box.
                    implements: Colored
                    fields: [{name: color, type: Color}]
                """);

        assertThat(Generate.run(dir.resolve("in"), dir.resolve("out"))).isEqualTo(3);

        Path out = dir.resolve("out/dev/dbcloud/demo");
        assertThat(Files.readString(out.resolve("Color.java"))).contains("public final class Color extends OpenEnum {");
        assertThat(Files.readString(out.resolve("Colored.java"))).contains("interface Colored {");
        assertThat(Files.readString(out.resolve("BoxDef.java"))).contains("abstract class BoxDef implements Colored {");
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            colour: red
                            values: [{name: RED, wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Demo.yaml > enums > Color: unknown key 'colour'; known: [name, doc,");
    }

    @Test
    void refusesAnUnknownKeyOfAValue() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            values: [{name: RED, wire: red, value: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color > values > RED: unknown key 'value'; known: [name, wire, doc,"
                        + " deprecated]");
    }

    @Test
    void refusesAnEnumWithoutName() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - doc: A colour.
                            values: [{name: RED, wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > 0: 'name' is required");
    }

    @Test
    void refusesAValueWithoutName() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            values: [{wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color > values > 0: 'name' is required");
    }

    @Test
    void refusesAValueWithoutWireValue() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            values: [{name: RED}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color > values > RED: 'wire' is required");
    }

    @Test
    void refusesAnEnumWithoutValues() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color: 'values' lists at least one value");
    }

    @Test
    void refusesAConstantNameThatIsNotUpperSnakeCase() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            values: [{name: red, wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Demo.yaml > enums > Color > values > red: 'name' red is not a constant name (capitals, digits and _)");
    }

    @Test
    void refusesAConstantOrWireValueListedTwice() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            values: [{name: RED, wire: red}, {name: ROT, wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color > values > ROT: the constant or its wire value is listed twice");
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            values: [{name: RED, wire: red}, {name: RED, wire: rot}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("the constant or its wire value is listed twice");
    }

    @Test
    void refusesAnExampleThatIsNotAValue() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            example: BLUE
                            values: [{name: RED, wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color: 'example' names BLUE, which is not among the values");
    }

    @Test
    void refusesBothExampleAndExampleCode() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            example: RED
                            exampleCode: Color.of("red");
                            values: [{name: RED, wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color: 'example' and 'exampleCode' exclude each other");
    }

    @Test
    void refusesAValueWithoutJavadocWhenWireDocsIsOff() {
        assertThatThrownBy(() -> emit("""
                        enums:
                          - name: Color
                            doc: A colour.
                            wireDocs: false
                            values: [{name: RED, wire: red}]
                        """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color > values > RED: 'doc' is required when 'wireDocs' is false");
    }
}
