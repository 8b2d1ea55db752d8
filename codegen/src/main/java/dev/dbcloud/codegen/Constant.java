package dev.dbcloud.codegen;

import java.time.Duration;
import java.util.List;

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
        String value = item.text("value");
        String literal;
        switch (type) {
            case "Duration":
                out.imports(List.of("java.time.Duration"));
                literal = duration(value);
                break;
            case "int":
                literal = String.valueOf(integer(value));
                break;
            case "long":
                literal = Long.parseLong(value) + "L";
                break;
            case "boolean":
                literal = String.valueOf(Boolean.parseBoolean(value));
                break;
            case "String":
                literal = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                break;
            default:
                throw new IllegalArgumentException(
                        item.where() + ": a constant's 'type' is Duration, int, long, boolean or String, not " + type);
        }
        out.doc(1, item.optionalText("doc").orElse(null));
        out.line(1, "public static final " + type + " " + item.text("name") + " = " + literal + ";");
        out.blank();
    }

    private int integer(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(item.where() + ": 'value' is not an int: " + value, e);
        }
    }

    private String duration(String value) {
        Duration duration;
        try {
            duration = Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(item.where() + ": 'value' is not an ISO-8601 duration: " + value, e);
        }
        if (duration.toNanos() % 1_000_000_000L != 0) {
            return "Duration.ofMillis(" + duration.toMillis() + ")";
        }
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0 && seconds != 0) {
            return "Duration.ofHours(" + seconds / 3600 + ")";
        }
        if (seconds % 60 == 0 && seconds != 0) {
            return "Duration.ofMinutes(" + seconds / 60 + ")";
        }
        return "Duration.ofSeconds(" + seconds + ")";
    }
}
