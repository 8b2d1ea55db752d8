package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.examples.MarkdownSnippets.Extraction;
import dev.dbcloud.examples.MarkdownSnippets.JavaSnippetSource;
import dev.dbcloud.examples.MarkdownSnippets.Snippet;
import org.junit.jupiter.api.Test;

class MarkdownSnippetsTest {

    @Test
    void findsJavaBlocksWithTheLineOfTheirFence() {
        Extraction e = MarkdownSnippets.extract(
                "doc.md",
                "# Title\n\n```java\nint a = 1;\n```\n\n```sh\nmvn verify\n```\n\n- item\n\n  ```java\n  int b = 2;\n  ```\n");

        assertThat(e.problems()).isEmpty();
        assertThat(e.snippets()).extracting(Snippet::location).containsExactly("doc.md:3", "doc.md:13");
        assertThat(e.snippets()).extracting(Snippet::code).containsExactly("int a = 1;\n", "int b = 2;\n");
    }

    @Test
    void wrapsStatementsInAMethodAndKeepsImportsOnTop() {
        Snippet s = MarkdownSnippets.extract(
                        "doc.md", "```java\nimport java.time.Duration;\n\nDuration d = null;\n```\n")
                .snippets()
                .get(0);

        JavaSnippetSource source = s.toSource();

        assertThat(s.isCompilationUnit()).isFalse();
        assertThat(source.source())
                .isEqualTo("import java.time.Duration;\n\nfinal class Snippet { static void run() throws Exception {\n"
                        + "Duration d = null;\n} }\n");
        assertThat(source.markdownLine(1)).isEqualTo(2); // the import
        assertThat(source.markdownLine(4)).isEqualTo(4); // the statement
    }

    @Test
    void compilesABlockThatDeclaresATypeAsItIsUnderItsPublicName() {
        Snippet s = MarkdownSnippets.extract(
                        "doc.md", "```java\nimport java.util.List;\n\npublic final class Demo {\n}\n```\n")
                .snippets()
                .get(0);

        JavaSnippetSource source = s.toSource();

        assertThat(s.isCompilationUnit()).isTrue();
        assertThat(source.typeName()).isEqualTo("Demo");
        assertThat(source.source()).isEqualTo(s.code());
        assertThat(source.markdownLine(3)).isEqualTo(4);
    }

    @Test
    void aSkipMarkerWithAReasonExemptsTheNextBlock() {
        Extraction e = MarkdownSnippets.extract(
                "doc.md", "<!-- snippet:skip an excerpt -->\n\n```java\nfoo(\n```\n\n```java\nint a;\n```\n");

        assertThat(e.problems()).isEmpty();
        assertThat(e.snippets()).extracting(Snippet::skipReason).containsExactly("an excerpt", null);
    }

    @Test
    void reportsWhatWouldLetJavaEscapeCompilation() {
        Extraction e = MarkdownSnippets.extract(
                "doc.md",
                String.join(
                        "\n",
                        "```Java", // 1: wrong tag
                        "int a;",
                        "```",
                        "```",
                        "import java.util.List;", // 4: untagged Java
                        "```",
                        "<!-- snippet:skip -->", // 7: no reason
                        "```java",
                        "int b;",
                        "```",
                        "<!-- snippet:skip stale -->", // 11: no Java block after it
                        "Some text.",
                        "```java", // 13: never closed
                        "int c;"));

        assertThat(e.problems())
                .containsExactly(
                        "doc.md:1: fence tagged 'Java' is not compiled: open Java blocks with ```java",
                        "doc.md:4: block holds Java imports but is tagged '': open Java blocks with ```java",
                        "doc.md:7: snippet:skip marker without a reason",
                        "doc.md:11: snippet:skip marker not followed by a ```java block",
                        "doc.md:13: code block is never closed");
    }
}
