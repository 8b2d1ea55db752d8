package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dbcloud.examples.MarkdownSnippets.Extraction;
import dev.dbcloud.examples.MarkdownSnippets.JavaSnippetSource;
import dev.dbcloud.examples.MarkdownSnippets.Snippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of the README and of {@code docs/**}{@code /*.md} against the test
 * classpath, which holds every API module, so that what users copy compiles as shown, with its imports. The
 * convention is described in {@link MarkdownSnippets} and in the README's "Snippets" section. Each block is one
 * test named {@code file:line}; a failure lists javac's errors with their lines in the Markdown file.
 */
class DocumentationSnippetsTest {

    @TempDir
    static Path classes;

    private static JavaCompiler compiler;
    private static StandardJavaFileManager fileManager;

    @BeforeAll
    static void openCompiler() {
        compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler)
                .as("a JDK's compiler (the tests run on a JDK, not a JRE)")
                .isNotNull();
        fileManager = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void closeCompiler() throws IOException {
        fileManager.close();
    }

    /** The checkout's root: the parent of this module's directory, where the tests run. */
    static Path projectRoot() {
        Path module = Path.of("").toAbsolutePath();
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no README.md with a docs/ directory beside it in " + module + " or any of its parents");
    }

    /** README.md and every Markdown file under docs/, as paths relative to the root, in a stable order. */
    static List<Path> documents(Path root) {
        List<Path> documents = new ArrayList<>();
        documents.add(Path.of("README.md"));
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .map(root::relativize)
                    .sorted()
                    .forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static List<Extraction> extractions() {
        Path root = projectRoot();
        List<Extraction> extractions = new ArrayList<>();
        for (Path document : documents(root)) {
            try {
                String name = document.toString().replace('\\', '/');
                extractions.add(MarkdownSnippets.extract(name, Files.readString(root.resolve(document))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return extractions;
    }

    @Test
    void noJavaBlockEscapesCompilation() {
        List<String> problems =
                extractions().stream().flatMap(e -> e.problems().stream()).toList();
        assertThat(problems).as("blocks that would not be compiled").isEmpty();
    }

    @Test
    void theReadmeAndTheCorePageHaveJavaBlocks() {
        List<Snippet> snippets =
                extractions().stream().flatMap(e -> e.snippets().stream()).toList();
        assertThat(snippets).extracting(Snippet::document).contains("README.md", "docs/core.md");
        assertThat(snippets.stream().filter(Snippet::skipped))
                .as("snippet:skip is for rare, deliberate fragments")
                .hasSizeLessThanOrEqualTo(3);
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompiles() {
        return extractions().stream()
                .flatMap(e -> e.snippets().stream())
                .filter(s -> !s.skipped())
                .map(s -> DynamicTest.dynamicTest(s.location(), () -> compile(s.toSource())));
    }

    private static void compile(JavaSnippetSource source) throws IOException {
        Path out = Files.createTempDirectory(classes, "snippet");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                out.toString(),
                "-proc:none",
                "-implicit:none",
                "-encoding",
                "UTF-8");
        JavaFileObject file = new SnippetFile(source);
        boolean ok = compiler.getTask(null, fileManager, diagnostics, options, null, List.of(file))
                .call();
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .toList();
        if (!ok || !errors.isEmpty()) {
            String report = errors.stream()
                    .map(d -> source.snippet().document() + ":" + source.markdownLine(d.getLineNumber()) + ": "
                            + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            fail("the ```java block at " + source.snippet().location() + " does not compile ("
                    + (source.snippet().isCompilationUnit()
                            ? "compiled as a compilation unit"
                            : "compiled as imports and statements in a method that throws Exception")
                    + "):\n" + report + "\n--- compiled source ---\n" + source.source());
        }
    }

    /** A snippet's source, held in memory. */
    private static final class SnippetFile extends SimpleJavaFileObject {
        private final String source;

        SnippetFile(JavaSnippetSource source) {
            super(URI.create("string:///" + source.typeName() + Kind.SOURCE.extension), Kind.SOURCE);
            this.source = source.source();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
