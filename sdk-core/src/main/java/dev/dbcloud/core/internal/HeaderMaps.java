package dev.dbcloud.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Copies of header maps that stay as they were when the response arrived. */
public final class HeaderMaps {
    private HeaderMaps() {}

    /**
     * Copies response headers deeply, so neither the map nor its value lists can change afterwards, with names in
     * lower case (the values of names that differ only in case are joined), so lookups by lower-case name work.
     *
     * The headers of a response the SDK received are already such a map, built only when first read: they are
     * returned as they are.
     *
     * @param headers header names to values
     * @return an unmodifiable copy, in the original order
     */
    public static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        if (headers instanceof ResponseHeaders received) {
            return received;
        }
        Map<String, List<String>> joined = new LinkedHashMap<>();
        headers.forEach((name, values) -> joined.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        joined.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
