package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ClickPipe's settings ({@code ClickPipeSettings}, snake_case): the bounds of each are the spec's, as listed in
 * reference/clickhouse-cloud.md §8; JSON {@code null} removes a setting.
 */
final class ClickPipeSettings {
    /** Each setting: its minimum and maximum, or null bounds for a boolean. */
    private static final Map<String, long[]> SETTINGS = settings();

    private static Map<String, long[]> settings() {
        Map<String, long[]> settings = new LinkedHashMap<>();
        settings.put("streaming_max_insert_wait_ms", new long[] {500, 60_000});
        settings.put("object_storage_concurrency", new long[] {1, 35});
        settings.put("object_storage_polling_interval_ms", new long[] {100, 3_600_000});
        settings.put("object_storage_max_insert_bytes", new long[] {10_485_760L, 53_687_091_200L});
        settings.put("object_storage_max_file_count", new long[] {1, 10_000});
        settings.put("clickhouse_max_threads", new long[] {0, 64});
        settings.put("clickhouse_max_insert_threads", new long[] {0, 16});
        settings.put("clickhouse_min_insert_block_size_bytes", new long[] {0, 10_737_418_240L});
        settings.put("clickhouse_max_download_threads", new long[] {0, 32});
        settings.put("clickhouse_parallel_distributed_insert_select", new long[] {0, 2});
        settings.put("object_storage_use_cluster_function", null);
        settings.put("clickhouse_parallel_view_processing", null);
        return settings;
    }

    private ClickPipeSettings() {}

    static void apply(Map<String, JsonNode> settings, JsonNode body) {
        validate(body);
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isNull()) {
                settings.remove(field.getKey());
            } else {
                settings.put(field.getKey(), field.getValue());
            }
        }
    }

    static void validate(JsonNode body) {
        if (!body.isObject()) {
            throw new SimError(400, "settings: must be an object");
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (!SETTINGS.containsKey(key)) {
                throw new SimError(400, "settings." + key + ": unknown setting");
            }
            long[] bounds = SETTINGS.get(key);
            if (value.isNull()) {
                continue;
            }
            if (bounds == null && !value.isBoolean()) {
                throw new SimError(400, key + ": must be a boolean");
            }
            if (bounds != null
                    && (!value.isIntegralNumber() || value.asLong() < bounds[0] || value.asLong() > bounds[1])) {
                throw new SimError(400, key + ": Not between " + bounds[0] + " and " + bounds[1]);
            }
        }
    }

    /** Every setting, JSON {@code null} when unset. */
    static ObjectNode json(Map<String, JsonNode> settings) {
        ObjectNode node = Jsons.object();
        for (String key : SETTINGS.keySet()) {
            JsonNode value = settings.get(key);
            if (value == null) {
                node.putNull(key);
            } else {
                node.set(key, value);
            }
        }
        return node;
    }
}
