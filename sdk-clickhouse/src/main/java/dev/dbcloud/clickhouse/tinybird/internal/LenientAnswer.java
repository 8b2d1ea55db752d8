package dev.dbcloud.clickhouse.tinybird.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.internal.Json;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the answer of a Tinybird write, whose status and body are undocumented: any 2xx means the write was
 * accepted, what the server sends wins field by field, and every field it leaves out or sends as null is taken
 * from the answer built from the request. An empty body, a body that is not a JSON object (an HTML page, say) or
 * fields of an unexpected shape give that stand-in as it is, so an accepted write never fails for want of a
 * readable answer. The response keeps the answer's status, headers and request id.
 */
public final class LenientAnswer {
    private LenientAnswer() {}

    /**
     * Reads a write's answer.
     *
     * @param answer the text answer
     * @param type the result type
     * @param standIn the result built from the request
     * @param <T> the result type
     * @return the response with the merged result
     */
    public static <T> ApiResponse<T> read(ApiResponse<String> answer, Class<T> type, T standIn) {
        return answer.withValue(merge(answer.value(), type, standIn));
    }

    private static <T> T merge(String answer, Class<T> type, T standIn) {
        Optional<ObjectNode> sent = objectIn(answer);
        if (sent.isEmpty()) {
            return standIn;
        }
        ObjectNode merged = (ObjectNode) Json.toTree(standIn);
        sent.get().properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        try {
            return Json.reader(Json.type(type)).readValue(merged);
        } catch (IOException | RuntimeException e) {
            return standIn;
        }
    }

    private static Optional<ObjectNode> objectIn(String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode tree = Json.readTree(answer);
            return tree instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
