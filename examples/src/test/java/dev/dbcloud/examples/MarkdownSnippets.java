package dev.dbcloud.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Java code blocks of a Markdown document, and turns each into a Java source file that compiles as the
 * block is shown. The convention (also in the README's "Snippets" section):
 *
 * <ul>
 *   <li>A block opens with <code>```java</code> (any indentation, e.g. inside a list item).
 *   <li>A block that declares a class, record, interface or enum at the start of a line is a compilation unit and
 *       compiles as it is.
 *   <li>Any other block is imports followed by statements: the statements go into a method that {@code throws
 *       Exception}, inside a class; the imports stay at the top.
 *   <li>A deliberate fragment is skipped when the line before it (blank lines aside) is {@code <!-- snippet:skip
 *       reason -->}; the reason is required.
 * </ul>
 *
 * <p>What could let a Java block escape compilation is reported as a problem instead: a fence tagged {@code Java},
 * {@code JAVA} or {@code java17}, an untagged block holding Java imports, a fence that is never closed, a skip
 * marker without reason or without a Java block after it.
 */
final class MarkdownSnippets {

    /** Where a skip marker is recognized: the whole line, trimmed. */
    private static final Pattern SKIP_MARKER = Pattern.compile("<!--\\s*snippet:skip\\b(.*?)-->");

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})(.*)$");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;.*$");

    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("^(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|record|interface|enum|@interface)\\s+([A-Za-z_$][\\w$]*).*$");

    private static final Pattern PUBLIC_TYPE =
            Pattern.compile("^(?:(?:abstract|final|sealed|non-sealed|strictfp)\\s+)*public\\s+"
                    + "(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|record|interface|enum|@interface)\\s+([A-Za-z_$][\\w$]*).*$");

    private MarkdownSnippets() {}

    /**
     * A Java block of a document.
     *
     * @param document the document's name as shown in failures, e.g. {@code docs/core.md}
     * @param line the 1-based line of the opening fence
     * @param code the block's text, without the fences and their indentation
     * @param skipReason the reason given by a skip marker, or null when the block is compiled
     */
    record Snippet(String document, int line, String code, String skipReason) {

        /** @return {@code document:line}, the block's name in test reports */
        String location() {
            return document + ":" + line;
        }

        /** @return whether a {@code snippet:skip} marker exempts this block */
        boolean skipped() {
            return skipReason != null;
        }

        /** @return whether the block declares a type of its own, and so compiles as it is */
        boolean isCompilationUnit() {
            return code.lines().anyMatch(l -> TYPE_DECLARATION.matcher(l).matches());
        }

        /** @return the source file that compiles the block as shown */
        JavaSnippetSource toSource() {
            List<String> lines = code.lines().toList();
            if (isCompilationUnit()) {
                String name = lines.stream()
                        .map(PUBLIC_TYPE::matcher)
                        .filter(Matcher::matches)
                        .map(m -> m.group(1))
                        .findFirst()
                        .orElse("Snippet");
                List<Integer> map = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    map.add(line + 1 + i);
                }
                return new JavaSnippetSource(this, name, code, map);
            }
            int header = 0;
            while (header < lines.size() && isHeaderLine(lines.get(header))) {
                header++;
            }
            StringBuilder source = new StringBuilder();
            List<Integer> map = new ArrayList<>();
            for (int i = 0; i < header; i++) {
                source.append(lines.get(i)).append('\n');
                map.add(line + 1 + i);
            }
            source.append("final class Snippet { static void run() throws Exception {\n");
            map.add(line);
            for (int i = header; i < lines.size(); i++) {
                source.append(lines.get(i)).append('\n');
                map.add(line + 1 + i);
            }
            source.append("} }\n");
            map.add(line + lines.size() + 1);
            return new JavaSnippetSource(this, "Snippet", source.toString(), map);
        }

        private static boolean isHeaderLine(String l) {
            String t = l.strip();
            return t.isEmpty() || t.startsWith("//") || IMPORT.matcher(l).matches();
        }
    }

    /**
     * A block turned into a compilable source file.
     *
     * @param snippet the block
     * @param typeName the file's type name: the source file is {@code typeName.java}
     * @param source the Java source
     * @param markdownLines for each source line (index 0 is line 1), its line in the document
     */
    record JavaSnippetSource(Snippet snippet, String typeName, String source, List<Integer> markdownLines) {

        /** @return the document line of a 1-based source line */
        int markdownLine(long sourceLine) {
            int index = (int) sourceLine - 1;
            return index >= 0 && index < markdownLines.size() ? markdownLines.get(index) : snippet.line();
        }
    }

    /**
     * The Java blocks of a document, and what in it could let Java code escape compilation.
     *
     * @param snippets the Java blocks, in order
     * @param problems one message per problem, each starting with {@code document:line:}
     */
    record Extraction(List<Snippet> snippets, List<String> problems) {}

    /**
     * Reads a Markdown document.
     *
     * @param document the document's name as shown in failures
     * @param text the document
     * @return its Java blocks and problems
     */
    static Extraction extract(String document, String text) {
        List<String> lines = text.lines().toList();
        List<Snippet> snippets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String pendingSkip = null;
        int pendingSkipLine = 0;
        int i = 0;
        while (i < lines.size()) {
            String current = lines.get(i);
            Matcher skip = SKIP_MARKER.matcher(current.strip());
            if (skip.matches()) {
                if (pendingSkip != null) {
                    problems.add(
                            document + ":" + pendingSkipLine + ": snippet:skip marker not followed by a ```java block");
                }
                pendingSkip = skip.group(1).strip();
                pendingSkipLine = i + 1;
                if (pendingSkip.isEmpty()) {
                    problems.add(document + ":" + (i + 1) + ": snippet:skip marker without a reason");
                }
                i++;
                continue;
            }
            Matcher fence = FENCE.matcher(current);
            if (!fence.matches()) {
                if (!current.isBlank() && pendingSkip != null) {
                    problems.add(
                            document + ":" + pendingSkipLine + ": snippet:skip marker not followed by a ```java block");
                    pendingSkip = null;
                }
                i++;
                continue;
            }
            int open = i;
            int indent = fence.group(1).length();
            String marker = fence.group(2);
            String info = fence.group(3).strip();
            List<String> body = new ArrayList<>();
            boolean closed = false;
            i++;
            while (i < lines.size()) {
                String l = lines.get(i);
                Matcher close = FENCE.matcher(l);
                if (close.matches()
                        && close.group(2).charAt(0) == marker.charAt(0)
                        && close.group(2).length() >= marker.length()
                        && close.group(3).isBlank()) {
                    closed = true;
                    i++;
                    break;
                }
                body.add(dedent(l, indent));
                i++;
            }
            String where = document + ":" + (open + 1) + ": ";
            if (!closed) {
                problems.add(where + "code block is never closed");
            }
            String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
            boolean isJava = language.equals("java");
            if (isJava) {
                snippets.add(new Snippet(document, open + 1, String.join("\n", body) + "\n", pendingSkip));
            } else if (language.toLowerCase(Locale.ROOT).startsWith("java")
                    && !language.equalsIgnoreCase("javascript")) {
                problems.add(where + "fence tagged '" + language + "' is not compiled: open Java blocks with ```java");
            } else if (body.stream().anyMatch(l -> IMPORT.matcher(l).matches())) {
                problems.add(where + "block holds Java imports but is tagged '" + language
                        + "': open Java blocks with ```java");
            }
            if (pendingSkip != null && !isJava) {
                problems.add(
                        document + ":" + pendingSkipLine + ": snippet:skip marker not followed by a ```java block");
            }
            pendingSkip = null;
        }
        if (pendingSkip != null) {
            problems.add(document + ":" + pendingSkipLine + ": snippet:skip marker not followed by a ```java block");
        }
        return new Extraction(List.copyOf(snippets), List.copyOf(problems));
    }

    private static String dedent(String line, int indent) {
        int strip = 0;
        while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
            strip++;
        }
        return line.substring(strip);
    }
}
