package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The query parameters an endpoint declares and the checks of their values declared with them: filled while the
 * endpoint is declared, then {@link #frozen() frozen}, and consulted by each call that adds a parameter.
 */
final class QueryDeclaration {
    private final Set<String> names;
    private final Map<String, BiFunction<String, String, String>> checks;

    QueryDeclaration() {
        this(new LinkedHashSet<>(), new LinkedHashMap<>());
    }

    private QueryDeclaration(Set<String> names, Map<String, BiFunction<String, String, String>> checks) {
        this.names = names;
        this.checks = checks;
    }

    void declare(String name) {
        names.add(Checks.notBlank(name, "name"));
    }

    /** Declares the check of a declared parameter; {@code endpoint} names the endpoint in the error. */
    void check(String name, BiFunction<String, String, String> check, String endpoint) {
        if (!names.contains(name)) {
            throw new IllegalStateException("no query parameter " + name + " declared on " + endpoint);
        }
        checks.put(name, requireNonNull(check, "check == null"));
    }

    /** An unmodifiable copy, for the declared endpoint. */
    QueryDeclaration frozen() {
        return new QueryDeclaration(Set.copyOf(names), Map.copyOf(checks));
    }

    Set<String> names() {
        return names;
    }

    /**
     * The value a call sends for a parameter: the declared check's result, or the value itself; null stays null.
     *
     * @throws IllegalStateException if the parameter is not declared
     * @throws IllegalArgumentException if the value fails the declared check
     */
    Object value(Endpoint<?> endpoint, String name, Object value) {
        if (!names.contains(name)) {
            throw new IllegalStateException(endpoint + " declares no query parameter " + name);
        }
        BiFunction<String, String, String> check = checks.get(name);
        return value == null || check == null ? value : check.apply(value.toString(), PathTemplate.argumentName(name));
    }
}
