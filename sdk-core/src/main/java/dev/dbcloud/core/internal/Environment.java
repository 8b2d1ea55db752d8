package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads configuration from environment variables for the clients' {@code fromEnv()} methods. Tests pass a map
 * instead of the process environment.
 */
public final class Environment {
    private final UnaryOperator<String> lookup;

    private Environment(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    /** @return the process environment */
    public static Environment system() {
        return new Environment(System::getenv);
    }

    /**
     * An environment backed by a map, for tests.
     *
     * @param variables the variables
     * @return the environment
     */
    public static Environment of(Map<String, String> variables) {
        requireNonNull(variables, "variables == null");
        return new Environment(variables::get);
    }

    /**
     * The value of the first variable that is set and not blank, trimmed.
     *
     * @param names variable names, most preferred first
     * @return the value, or empty if none is set
     */
    public Optional<String> first(String... names) {
        for (String name : names) {
            String value = lookup.apply(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    /**
     * The first of these variables that is set, as a base URL: a bare host ({@code api.example.com}, as some vendor
     * tools keep it) gets {@code https://} in front; a value with a scheme is kept as it is.
     *
     * @param names variable names, most preferred first
     * @return the URL, or empty if none is set
     */
    public Optional<String> firstUrl(String... names) {
        return first(names).map(value -> value.contains("://") ? value : "https://" + value);
    }

    /**
     * The value of the first variable that is set, or an error naming every variable that was tried.
     *
     * @param names variable names, most preferred first
     * @return the value
     * @throws IllegalStateException if none is set
     */
    public String require(String... names) {
        return first(names)
                .orElseThrow(() -> new IllegalStateException(
                        "environment variable " + String.join(" or ", names) + " is not set"));
    }
}
