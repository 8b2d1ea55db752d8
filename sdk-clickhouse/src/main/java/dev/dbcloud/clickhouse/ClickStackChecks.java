package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.Json;
import java.util.List;

/**
 * The specification's required fields of a ClickStack body, checked on the JSON the SDK would send: a path such as
 * {@code tiles[].name} names a field that each object at {@code tiles[]} must carry, and is not checked where its
 * parent is absent (a required parent is listed on its own, as the specification lists it).
 */
final class ClickStackChecks {
    private ClickStackChecks() {}

    /**
     * Refuses a body without a required field.
     *
     * @param body the parameters, as they are sent
     * @param paths the required paths, {@code .} between names and {@code []} after an array's name
     * @param rule when the fields are required, e.g. {@code " for a trace source"}; empty when always
     * @throws IllegalArgumentException naming the first field missing, e.g. {@code tiles[1].h is required}
     */
    static void require(Object body, List<String> paths, String rule) {
        JsonNode tree = Json.toTree(body);
        for (String path : paths) {
            require(tree, path.split("\\."), 0, "", rule);
        }
    }

    private static void require(JsonNode parent, String[] names, int index, String at, String rule) {
        String name = names[index];
        boolean array = name.endsWith("[]");
        String field = array ? name.substring(0, name.length() - 2) : name;
        JsonNode value = parent.path(field);
        String path = at + field;
        boolean absent = value.isMissingNode() || value.isNull();
        if (absent && index + 1 == names.length) {
            throw new IllegalArgumentException(path + " is required" + rule);
        }
        if (absent || index + 1 == names.length) {
            return;
        }
        if (!array) {
            require(value, names, index + 1, path + ".", rule);
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            require(value.get(i), names, index + 1, path + "[" + i + "].", rule);
        }
    }
}
