package dev.dbcloud.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies of header maps that stay as they were when the response arrived. */
public final class HeaderMaps {
    private HeaderMaps() {}

    /**
     * Copies response headers deeply, so neither the map nor its value lists can change afterwards.
     *
     * @param headers header names to values
     * @return an unmodifiable copy, in the original order
     */
    public static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
