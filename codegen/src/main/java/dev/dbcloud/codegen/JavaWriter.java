package dev.dbcloud.codegen;

import java.util.Collection;
import java.util.TreeSet;

/** Builds the text of one Java file: package, sorted imports, then the body, four spaces an indent level. */
final class JavaWriter {
    private final String packageName;
    private final TreeSet<String> imports = new TreeSet<>();
    private final StringBuilder body = new StringBuilder();

    JavaWriter(String packageName) {
        this.packageName = packageName;
    }

    /** Adds imports; those of {@code java.lang} and of the file's own package are left out. */
    JavaWriter imports(Collection<String> names) {
        for (String name : names) {
            String owner = name.substring(0, name.lastIndexOf('.'));
            if (!owner.equals(packageName) && !owner.equals("java.lang")) {
                imports.add(name);
            }
        }
        return this;
    }

    /** Writes a Javadoc comment of {@code text} (its lines as written) at {@code indent} levels; nothing if blank. */
    JavaWriter doc(int indent, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pad = "    ".repeat(indent);
        body.append(pad).append("/**\n");
        for (String line : text.strip().split("\n", -1)) {
            body.append(pad)
                    .append(line.isBlank() ? " *" : " * " + line.stripTrailing())
                    .append('\n');
        }
        body.append(pad).append(" */\n");
        return this;
    }

    /** Writes one line at {@code indent} levels. */
    JavaWriter line(int indent, String text) {
        body.append("    ".repeat(indent)).append(text).append('\n');
        return this;
    }

    /** Removes the last line written, the closing brace of a class, to write more into it. */
    JavaWriter reopen() {
        int end = body.length() - 1;
        int start = body.lastIndexOf("\n", end - 1) + 1;
        if (!body.substring(start, end).equals("}")) {
            throw new IllegalStateException("the last line is not a class's closing brace");
        }
        body.setLength(start);
        return this;
    }

    /** Writes an empty line. */
    JavaWriter blank() {
        body.append('\n');
        return this;
    }

    /** The whole file. */
    String text() {
        StringBuilder file = new StringBuilder("package ").append(packageName).append(";\n\n");
        for (String name : imports) {
            file.append("import ").append(name).append(";\n");
        }
        if (!imports.isEmpty()) {
            file.append('\n');
        }
        return file.append(body).toString();
    }
}
