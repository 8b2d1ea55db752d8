package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer: status, extra headers and a JSON body, a text body (with its {@code Content-Type} among the
 * headers), or none.
 */
record SimResponse(int status, Map<String, String> headers, JsonNode body, String text) {

    static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, Map.of(), body, null);
    }

    /** A text answer, such as Prometheus metrics. */
    static SimResponse text(int status, String contentType, String text) {
        return new SimResponse(status, Map.of("Content-Type", contentType), null, text);
    }

    /** Prometheus text exposition, as the ClickHouse Cloud API sends its metrics. */
    static SimResponse prometheus(CharSequence text) {
        return text(200, "text/plain; charset=UTF-8", text.toString());
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, Map.copyOf(copy), body, text);
    }
}
