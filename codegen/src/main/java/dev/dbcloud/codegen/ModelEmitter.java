package dev.dbcloud.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a model: the abstract value type from which Immutables makes the public immutable class with its builder
 * and Jackson mapping.
 *
 * <p>A model without rules becomes {@code <name>Def}, annotated for Immutables and Jackson. A model with
 * {@code rules: true} becomes two: {@code <name>Attributes}, the accessors alone, which the
 * hand-written {@code <name>Rules} extends with the model's checks and derived values; and {@code <name>Def},
 * annotated, extending {@code <name>Rules}.
 *
 * <p>Keys of a model: {@code name}, {@code doc}, {@code rules}, {@code extends}, {@code implements},
 * {@code imports}, {@code snakeCase} (snake_case wire names), {@code omitEmpty} (empty collections and absent values
 * left out of what is sent), {@code propertyOrder}, {@code json} (false: no Jackson mapping; read: read, never sent), {@code deprecated},
 * {@code fields}. Keys of a field: {@code name}, {@code type}, {@code doc}, {@code redacted} (never printed),
 * {@code deprecated}, {@code omitEmpty}, {@code annotations} (any other, as written), {@code factory} (the Javadoc of a
 * public static factory named after the field that builds the model with that field alone: the variants of a
 * one-of model such as {@code ClickPipeSource.kafka(…)}).
 *
 * <p>{@code schema} names the schema (or, for a union, the schemas) of the vendor's OpenAPI document that the
 * model reads or writes, and a field's {@code offSpec} says why its wire name is not among that schema's
 * properties (an older document lists it, say). Neither changes the generated code: the examples module's
 * {@code ModelSchemaTest} checks every field of every model that names a schema against the vendored
 * specifications.
 */
final class ModelEmitter implements Emitter {
    static final String HEADER = "// Generated from this module's src/main/codegen descriptions; edit those.";

    @Override
    public List<JavaSource> emit(String packageName, Description model) {
        model.only(
                "name",
                "doc",
                "rules",
                "extends",
                "implements",
                "imports",
                "snakeCase",
                "omitEmpty",
                "propertyOrder",
                "json",
                "deprecated",
                "fields",
                "schema");
        String name = model.text("name");
        if (!model.flag("rules", false)) {
            return List.of(valueType(packageName, model, name, supertypes(model), model.list("fields")));
        }
        JavaWriter attributes = new JavaWriter(packageName).imports(model.texts("imports"));
        attributes.doc(0, "The attributes of {@link " + name + "}; {@code " + name + "Rules} adds its rules.");
        body(attributes, name + "Attributes", supertypes(model), model.list("fields"));
        factories(attributes, name, model.list("fields"));
        return List.of(
                new JavaSource(packageName, name + "Attributes", HEADER + "\n" + attributes.text()),
                valueType(packageName, model, name, " extends " + name + "Rules", List.of()));
    }

    /** {@code <name>Def}: the annotated type Immutables reads. */
    private static JavaSource valueType(
            String packageName, Description model, String name, String supertypes, List<Description> fields) {
        JavaWriter out = new JavaWriter(packageName).imports(model.texts("imports"));
        out.imports(List.of("dev.dbcloud.core.DbCloudStyle", "org.immutables.value.Value"));
        out.doc(0, model.optionalText("doc").orElse(null));
        classAnnotations(model, name, out);
        body(out, name + "Def", supertypes, fields);
        factories(out, name, fields);
        return new JavaSource(packageName, name + "Def", HEADER + "\n" + out.text());
    }

    private static void body(JavaWriter out, String className, String supertypes, List<Description> fields) {
        if (fields.isEmpty()) {
            out.line(0, "abstract class " + className + supertypes + " {}");
            return;
        }
        out.line(0, "abstract class " + className + supertypes + " {");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.blank();
            }
            field(fields.get(i), "abstract ", out);
        }
        out.line(0, "}");
    }

    /**
     * The static factories of a one-of model, one per field with a {@code factory} (its Javadoc): {@code
     * Source.kafka(kafka)} builds the model with that field alone, refusing null ({@code kafka == null}). They are
     * written inside the class {@link #body} closed, so the file's last line is reopened.
     */
    private static void factories(JavaWriter out, String name, List<Description> fields) {
        List<Description> made = fields.stream()
                .filter(f -> f.optionalText("factory").isPresent())
                .toList();
        if (made.isEmpty()) {
            return;
        }
        out.reopen();
        out.imports(List.of("java.util.Objects"));
        for (Description field : made) {
            String param = field.text("name");
            String type = field.text("type").replaceAll("^Optional<(.*)>$", "$1");
            out.blank();
            out.doc(1, field.text("factory"));
            out.line(1, "public static " + name + " " + param + "(" + type + " " + param + ") {");
            out.line(
                    2,
                    "return " + name + ".builder()." + param + "(Objects.requireNonNull(" + param + ", \"" + param
                            + " == null\")).build();");
            out.line(1, "}");
        }
        out.line(0, "}");
    }

    private static void classAnnotations(Description model, String name, JavaWriter out) {
        out.line(0, "@DbCloudStyle");
        out.line(0, "@Value.Immutable");
        if (model.flag("deprecated", false)) {
            out.line(0, "@Deprecated");
        }
        if (model.flag("snakeCase", false)) {
            out.imports(List.of(
                    "com.fasterxml.jackson.databind.PropertyNamingStrategies",
                    "com.fasterxml.jackson.databind.annotation.JsonNaming"));
            out.line(0, "@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)");
        }
        if (model.flag("omitEmpty", false)) {
            out.imports(List.of("com.fasterxml.jackson.annotation.JsonInclude"));
            out.line(0, "@JsonInclude(JsonInclude.Include.NON_EMPTY)");
        }
        List<String> order = model.texts("propertyOrder");
        if (!order.isEmpty()) {
            out.imports(List.of("com.fasterxml.jackson.annotation.JsonPropertyOrder"));
            out.line(0, "@JsonPropertyOrder({\"" + String.join("\", \"", order) + "\"})");
        }
        String json = model.optionalText("json").orElse("true");
        if (!List.of("true", "false", "read").contains(json)) {
            throw new IllegalArgumentException(model.where() + ": 'json' is true, false or read");
        }
        if (!json.equals("false")) {
            out.imports(List.of("com.fasterxml.jackson.databind.annotation.JsonDeserialize"));
            if (json.equals("true")) {
                out.imports(List.of("com.fasterxml.jackson.databind.annotation.JsonSerialize"));
                out.line(0, "@JsonSerialize(as = " + name + ".class)");
            }
            out.line(0, "@JsonDeserialize(as = " + name + ".class)");
        }
    }

    private static String supertypes(Description model) {
        StringBuilder text = new StringBuilder();
        model.optionalText("extends").ifPresent(type -> text.append(" extends ").append(type));
        List<String> interfaces = model.texts("implements");
        if (!interfaces.isEmpty()) {
            text.append(" implements ").append(String.join(", ", interfaces));
        }
        return text.toString();
    }

    /** One accessor; {@code modifiers} precede its type ({@code "abstract "} in a class, nothing in an interface). */
    static void field(Description field, String modifiers, JavaWriter out) {
        field.only(
                "name",
                "type",
                "doc",
                "redacted",
                "deprecated",
                "omitEmpty",
                "annotations",
                "offSpec",
                "factory",
                "default");
        String doc = field.optionalText("doc").orElse("");
        if (!doc.contains("@return")) {
            doc = doc.isBlank() ? "@return the value" : doc.strip() + "\n\n@return the value";
        }
        out.doc(1, doc);
        List<String> annotations = new ArrayList<>();
        if (field.flag("deprecated", false)) {
            annotations.add("@Deprecated");
        }
        if (field.flag("redacted", false)) {
            annotations.add("@Value.Redacted");
            out.imports(List.of("org.immutables.value.Value"));
        }
        if (field.flag("omitEmpty", false)) {
            annotations.add("@JsonInclude(JsonInclude.Include.NON_EMPTY)");
            out.imports(List.of("com.fasterxml.jackson.annotation.JsonInclude"));
        }
        annotations.addAll(field.texts("annotations"));
        Optional<String> fallback = field.optionalText("default");
        if (fallback.isEmpty()) {
            annotations.forEach(annotation -> out.line(1, annotation));
            out.line(1, modifiers + field.text("type") + " " + field.text("name") + "();");
            return;
        }
        if (modifiers.isEmpty()) {
            throw new IllegalArgumentException(field.where() + ": an interface's accessor has no 'default'");
        }
        out.imports(List.of("org.immutables.value.Value"));
        annotations.add(0, "@Value.Default");
        annotations.forEach(annotation -> out.line(1, annotation));
        out.line(1, field.text("type") + " " + field.text("name") + "() {");
        out.line(2, "return " + defaultValue(field, fallback.get(), out) + ";");
        out.line(1, "}");
    }

    /**
     * The expression of a field's {@code default}: a literal as {@link Literals} writes it, {@code absent} for a
     * {@code Patch} field, and for any other type one of its constants ({@code AWS}) or {@code empty} for its
     * {@code empty()} factory.
     */
    private static String defaultValue(Description field, String value, JavaWriter out) {
        String type = field.text("type");
        Optional<String> literal = Literals.of(type, value, field.where(), out);
        if (literal.isPresent()) {
            return literal.get();
        }
        if (type.startsWith("Patch<")) {
            if (!value.equals("absent")) {
                throw new IllegalArgumentException(field.where() + ": a Patch field's default is absent");
            }
            out.imports(List.of("dev.dbcloud.core.Patch"));
            return "Patch.absent()";
        }
        return type + (value.equals("empty") ? ".empty()" : "." + value);
    }
}
