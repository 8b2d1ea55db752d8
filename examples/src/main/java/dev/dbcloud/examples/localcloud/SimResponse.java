package dev.dbcloud.examples.localcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, extra headers and a JSON body (or none). */
record SimResponse(int status, Map<String, String> headers, JsonNode body) {

    static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, Map.of(), body);
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, Map.copyOf(copy), body);
    }
}
