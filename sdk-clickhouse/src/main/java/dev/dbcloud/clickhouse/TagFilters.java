package dev.dbcloud.clickhouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The API's tag filters, {@code filter=tag:Key=Value} and {@code filter=tag:Key}, as listing services and reading
 * usage costs take them.
 */
final class TagFilters {
    private TagFilters() {}

    /**
     * Checks the tag keys of a filter: they are not empty (spec: {@code ResourceTagsV1.key} minLength 1), so an
     * empty one could match nothing.
     *
     * @param tags tag keys with the values they must have
     * @param tagKeys tag keys that must be present, whatever the value
     * @throws IllegalArgumentException if a key is empty
     */
    static void check(Map<String, String> tags, Collection<String> tagKeys) {
        tags.keySet().forEach(TagFilters::requireKey);
        tagKeys.forEach(TagFilters::requireKey);
    }

    /**
     * The {@code filter} query values: one {@code tag:Key=Value} per tag, then one {@code tag:Key} per key.
     *
     * @param tags tag keys with the values they must have
     * @param tagKeys tag keys that must be present, whatever the value
     * @return the values, in that order
     */
    static List<String> values(Map<String, String> tags, Collection<String> tagKeys) {
        List<String> values = new ArrayList<>(tags.size() + tagKeys.size());
        tags.forEach((key, value) -> values.add("tag:" + key + "=" + value));
        tagKeys.forEach(key -> values.add("tag:" + key));
        return values;
    }

    private static void requireKey(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("tag key must not be empty (spec: ResourceTagsV1.key minLength 1)");
        }
    }
}
