package dev.dbcloud.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {
    @TempDir
    Path dir;

    private Path write(String relative, String yaml) throws IOException {
        Path file = dir.resolve("in").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void writesEachDescribedSourceUnderItsPackage() throws IOException {
        write("a/Thing.yaml", "package: dev.example\nmodels:\n  - name: Thing\n    fields: []\n");
        int written = Generate.run(dir.resolve("in"), dir.resolve("out"));
        assertThat(written).isEqualTo(1);
        assertThat(dir.resolve("out/dev/example/ThingDef.java")).exists();
    }

    @Test
    void deletesWhatAnEarlierRunWroteAndThisOneDidNot() throws IOException {
        Path stale = dir.resolve("out/dev/example/GoneDef.java");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "class GoneDef {}");
        write("Thing.yaml", "package: dev.example\nmodels:\n  - name: Thing\n    fields: []\n");
        Generate.run(dir.resolve("in"), dir.resolve("out"));
        assertThat(stale).doesNotExist();
    }

    @Test
    void keepsAnUnchangedSourceUntouched() throws IOException {
        write("Thing.yaml", "package: dev.example\nmodels:\n  - name: Thing\n    fields: []\n");
        Generate.run(dir.resolve("in"), dir.resolve("out"));
        Path source = dir.resolve("out/dev/example/ThingDef.java");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(0));
        Generate.run(dir.resolve("in"), dir.resolve("out"));
        assertThat(Files.getLastModifiedTime(source).toMillis()).isZero();
    }

    @Test
    void aMissingFolderDescribesNothing() throws IOException {
        assertThat(Generate.run(dir.resolve("none"), dir.resolve("out"))).isZero();
    }

    @Test
    void refusesAnUnknownSectionNamingTheFile() throws IOException {
        Path file = write("Bad.yaml", "package: dev.example\nwidgets: []\n");
        assertThatThrownBy(() -> Generate.sourcesOf(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad.yaml")
                .hasMessageContaining("unknown section 'widgets'");
    }

    @Test
    void refusesTheSameClassDescribedTwice() throws IOException {
        write("One.yaml", "package: dev.example\nmodels:\n  - name: Thing\n    fields: []\n");
        write("Two.yaml", "package: dev.example\nmodels:\n  - name: Thing\n    fields: []\n");
        assertThatThrownBy(() -> Generate.run(dir.resolve("in"), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ThingDef is described twice");
    }

    @Test
    void refusesAFileWithoutPackage() throws IOException {
        Path file = write("NoPackage.yaml", "models: []\n");
        assertThatThrownBy(() -> Generate.sourcesOf(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'package' is required");
    }

    @Test
    void refusesUnreadableYaml() throws IOException {
        Path file = write("Broken.yaml", "package: [unclosed\n");
        assertThatThrownBy(() -> Generate.sourcesOf(file)).hasMessageContaining("cannot read");
    }

    @Test
    void mainNeedsTwoArguments() {
        assertThatThrownBy(() -> Generate.main(new String[] {"only-one"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage");
    }

    @Test
    void mainGenerates() throws IOException {
        write("Thing.yaml", "package: dev.example\nmodels:\n  - name: Thing\n    fields: []\n");
        Generate.main(
                new String[] {dir.resolve("in").toString(), dir.resolve("out").toString()});
        assertThat(dir.resolve("out/dev/example/ThingDef.java")).exists();
    }
}
