package dev.dbcloud.codegen;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Java literal of a value a description declares (a resource's constant, a model field's default): a {@code
 * Duration} written in ISO-8601 ({@code PT5S}, {@code PT2M}) becomes {@code Duration.ofSeconds(5)}, {@code
 * Duration.ofMinutes(2)}; an {@code int}, {@code long} or {@code boolean} is itself; a {@code String} its text.
 */
final class Literals {
    private Literals() {}

    /**
     * The literal of {@code value} for {@code type}, or empty when the type is none of those above.
     *
     * @param type the Java type
     * @param value the declared value
     * @param where the description, for messages
     * @param out the file, which imports {@code Duration} when used
     * @return the Java expression
     */
    static Optional<String> of(String type, String value, String where, JavaWriter out) {
        switch (type) {
            case "Duration":
                out.imports(List.of("java.time.Duration"));
                return Optional.of(duration(value, where));
            case "int":
                return Optional.of(String.valueOf(number(value, where, true)));
            case "long":
                return Optional.of(number(value, where, false) + "L");
            case "boolean":
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException(where + ": a boolean is true or false, not " + value);
                }
                return Optional.of(value);
            case "String":
                return Optional.of("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            default:
                return Optional.empty();
        }
    }

    private static long number(String value, String where, boolean isInt) {
        try {
            return isInt ? Integer.parseInt(value) : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not " + (isInt ? "an int" : "a long") + ": " + value, e);
        }
    }

    private static String duration(String value, String where) {
        Duration duration;
        try {
            duration = Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": a Duration is ISO-8601, such as PT20M, not " + value, e);
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
