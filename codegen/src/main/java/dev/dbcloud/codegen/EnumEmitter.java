package dev.dbcloud.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an open enum: a final subclass of {@code dev.dbcloud.core.OpenEnum} with a constant per known wire value, a
 * private constructor, {@code of(String)} (Jackson's creator) and {@code knownValues()}, each with its Javadoc.
 *
 * <p>The class Javadoc is {@code doc}, then a paragraph on unknown values, then a usage example. Keys of an enum:
 * {@code name}, {@code doc}, {@code compatibility} (the paragraph on unknown values, without {@code <p>}, when not
 * the standard one; empty for none), {@code example} (the constant the standard example shows; the first by
 * default) or {@code exampleCode} (the whole example), {@code wireDocs} (false: each value's {@code doc} is its
 * whole Javadoc; by default it follows "Wire value {@code …}."), {@code ofDoc} and {@code knownValuesDoc} (those
 * methods' Javadoc, when not the standard), {@code beta}, {@code deprecated}, {@code values}. Keys of a value:
 * {@code name} (the constant), {@code wire} (the value as the API spells it), {@code doc}, {@code deprecated}.
 */
final class EnumEmitter implements Emitter {
    private static final String COMPATIBILITY = """
            Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
            false) instead of failing the call, and is written back exactly as read.""";
    private static final String OF_DOC = """
            Returns the constant for a wire value, or an unknown instance holding it.

            @param value the wire value
            @return the matching value""";
    private static final String KNOWN_VALUES_DOC = """
            All values this SDK version knows, in declaration order.

            @return the known values""";

    @Override
    public List<JavaSource> emit(String packageName, Description item) {
        item.only(
                "name",
                "doc",
                "compatibility",
                "example",
                "exampleCode",
                "wireDocs",
                "ofDoc",
                "knownValuesDoc",
                "beta",
                "deprecated",
                "values");
        String name = item.text("name");
        List<Description> values = item.list("values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(item.where() + ": 'values' lists at least one value");
        }
        JavaWriter out = new JavaWriter(packageName)
                .imports(List.of(
                        "com.fasterxml.jackson.annotation.JsonCreator",
                        "dev.dbcloud.core.OpenEnum",
                        "java.util.Collection"));
        out.doc(0, classDoc(item, name, values));
        if (item.flag("beta", false)) {
            out.imports(List.of("dev.dbcloud.core.Beta"));
            out.line(0, "@Beta");
        }
        if (item.flag("deprecated", false)) {
            out.line(0, "@Deprecated");
        }
        out.line(0, "public final class " + name + " extends OpenEnum {");
        out.line(1, "private static final Values<" + name + "> VALUES = new Values<>(" + name + "::new);");
        boolean wireDocs = item.flag("wireDocs", true);
        Set<String> names = new HashSet<>();
        Set<String> wires = new HashSet<>();
        for (Description value : values) {
            out.blank();
            constant(value, name, wireDocs, out);
            if (!names.add(value.text("name")) || !wires.add(value.text("wire"))) {
                throw new IllegalArgumentException(value.where() + ": the constant or its wire value is listed twice");
            }
        }
        out.blank();
        out.line(1, "private " + name + "(String value, boolean known) {");
        out.line(2, "super(value, known);");
        out.line(1, "}");
        out.blank();
        out.doc(1, item.optionalText("ofDoc").orElse(OF_DOC));
        out.line(1, "@JsonCreator");
        out.line(1, "public static " + name + " of(String value) {");
        out.line(2, "return VALUES.of(value);");
        out.line(1, "}");
        out.blank();
        out.doc(1, item.optionalText("knownValuesDoc").orElse(KNOWN_VALUES_DOC));
        out.line(1, "public static Collection<" + name + "> knownValues() {");
        out.line(2, "return VALUES.knownValues();");
        out.line(1, "}");
        out.line(0, "}");
        return List.of(new JavaSource(packageName, name, ModelEmitter.HEADER + "\n" + out.text()));
    }

    private static String classDoc(Description item, String name, List<Description> values) {
        if (item.optionalText("example").isPresent()
                && item.optionalText("exampleCode").isPresent()) {
            throw new IllegalArgumentException(item.where() + ": 'example' and 'exampleCode' exclude each other");
        }
        String compatibility = item.optionalText("compatibility").orElse(COMPATIBILITY);
        String example = item.optionalText("exampleCode").orElseGet(() -> standardExample(item, name, values));
        String paragraph = compatibility.isBlank() ? "" : "\n\n<p>" + compatibility.strip();
        return item.text("doc").strip() + paragraph + "\n\n<pre>{@code\n" + example.strip() + "\n}</pre>";
    }

    /** {@code if (value == Name.CONSTANT) { … }} and {@code Name.of("wire")}, for {@code example} or the first. */
    private static String standardExample(Description item, String name, List<Description> values) {
        String constant =
                item.optionalText("example").orElseGet(() -> values.get(0).text("name"));
        Description shown = values.stream()
                .filter(value -> value.text("name").equals(constant))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        item.where() + ": 'example' names " + constant + ", which is not among the values"));
        return "if (value == " + name + "." + constant + ") { … }\n" + name + " parsed = " + name + ".of("
                + quoted(shown.text("wire")) + ");";
    }

    private static void constant(Description value, String type, boolean wireDocs, JavaWriter out) {
        value.only("name", "wire", "doc", "deprecated");
        String name = value.text("name");
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException(
                    value.where() + ": 'name' " + name + " is not a constant name (capitals, digits and _)");
        }
        String wire = value.text("wire");
        String doc = value.optionalText("doc").map(String::strip).orElse("");
        if (wireDocs) {
            doc = "Wire value {@code " + wire + "}." + (doc.isEmpty() ? "" : " " + doc);
        } else if (doc.isEmpty()) {
            throw new IllegalArgumentException(value.where() + ": 'doc' is required when 'wireDocs' is false");
        }
        out.doc(1, doc);
        if (value.flag("deprecated", false)) {
            out.line(1, "@Deprecated");
        }
        out.line(1, "public static final " + type + " " + name + " = VALUES.known(" + quoted(wire) + ");");
    }

    /** {@code text} as a Java string literal. */
    private static String quoted(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                default -> {
                    if (c < ' ') {
                        literal.append(String.format("\\%03o", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
