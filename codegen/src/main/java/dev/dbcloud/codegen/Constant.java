package dev.dbcloud.codegen;

/**
 * A public constant of a resource, declared by its value rather than by Java code. Keys: {@code name}, {@code doc},
 * {@code type} and {@code value}: a {@code Duration} is written in ISO-8601 ({@code PT5S}, {@code PT2M}); an
 * {@code int}, {@code long} or {@code boolean} as itself; a {@code String} as its text.
 */
final class Constant {
    private final Description item;

    private Constant(Description item) {
        this.item = item;
    }

    static Constant of(Description item) {
        item.only("name", "doc", "type", "value");
        return new Constant(item);
    }

    void write(JavaWriter out) {
        String type = item.text("type");
        String literal = Literals.of(type, item.text("value"), item.where(), out)
                .orElseThrow(() -> new IllegalArgumentException(
                        item.where() + ": a constant's 'type' is Duration, int, long, boolean or String, not " + type));
        out.doc(1, item.optionalText("doc").orElse(null));
        out.line(1, "public static final " + type + " " + item.text("name") + " = " + literal + ";");
        out.blank();
    }
}
