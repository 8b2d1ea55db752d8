package dev.dbcloud.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {
    @TempDir
    Path dir;

    private Path describe(String name, String yaml) throws IOException {
        Path file = dir.resolve("in/demo").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private Path out(String className) {
        return dir.resolve("out/dev/dbcloud/demo").resolve(className + ".java");
    }

    @Test
    void writesEverySectionOfADescriptionAndDeletesWhatItNoLongerDescribes() throws IOException {
        describe("Demo.yaml", """
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
        Path stale = out("Gone");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "class Gone {}");

        int written = Generate.run(dir.resolve("in"), dir.resolve("out"));

        assertThat(written).isEqualTo(3);
        assertThat(Files.readString(out("Color"))).contains("public final class Color extends OpenEnum {");
        assertThat(Files.readString(out("Colored"))).contains("interface Colored {");
        assertThat(Files.readString(out("BoxDef"))).contains("abstract class BoxDef implements Colored {");
        assertThat(stale).doesNotExist();

        assertThat(Generate.run(dir.resolve("in"), dir.resolve("out"))).isEqualTo(3);
        assertThat(Files.readString(out("Color"))).contains("public final class Color extends OpenEnum {");
    }

    @Test
    void mainGeneratesFromItsTwoArguments() throws IOException {
        describe("Demo.yaml", """
                package: dev.dbcloud.demo
                enums:
                  - name: Color
                    doc: A colour.
                    values: [{name: RED, wire: red}]
                """);

        Generate.main(
                new String[] {dir.resolve("in").toString(), dir.resolve("out").toString()});

        assertThat(out("Color")).exists();
        assertThatThrownBy(() -> Generate.main(new String[] {"in"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage: Generate <description folder> <output source root>");
    }

    @Test
    void aMissingDescriptionFolderDescribesNothing() throws IOException {
        assertThat(Generate.run(dir.resolve("none"), dir.resolve("out"))).isZero();
    }

    @Test
    void refusesAnUnknownSection() throws IOException {
        Path file = describe("Demo.yaml", "package: dev.dbcloud.demo\nconstants: []\n");

        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": unknown section 'constants'; known: ");
    }

    @Test
    void refusesATypeDescribedTwice() throws IOException {
        String yaml = """
                package: dev.dbcloud.demo
                enums:
                  - name: Color
                    doc: A colour.
                    values: [{name: RED, wire: red}]
                """;
        describe("A.yaml", yaml);
        Path second = describe("B.yaml", yaml);

        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(second + ": Color is described twice");
    }

    @Test
    void refusesADescriptionWithoutPackageOrThatIsNotYaml() throws IOException {
        Path file = describe("Demo.yaml", "enums: []\n");
        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": 'package' is required");

        describe("Demo.yaml", "package: [\n");
        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + file);
    }

    @Test
    void refusesValuesOfTheWrongKind() throws IOException {
        Path file = describe("Demo.yaml", "package: dev.dbcloud.demo\nenums: {name: Color}\n");
        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": 'enums' must be a list");

        describe("Demo.yaml", "package: [dev, dbcloud]\n");
        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": 'package' must be a text");

        describe("Demo.yaml", """
                package: dev.dbcloud.demo
                enums:
                  - name: Color
                    doc: A colour.
                    beta: maybe
                    values: [{name: RED, wire: red}]
                """);
        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " > enums > Color: 'beta' must be true or false");
    }
}
