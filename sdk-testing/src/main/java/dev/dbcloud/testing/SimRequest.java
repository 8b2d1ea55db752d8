package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a simulator sees it: path parameters decoded, query parameters, headers (names lower case) and
 * the raw body.
 */
record SimRequest(
        String method,
        String path,
        Map<String, String> pathParams,
        Map<String, List<String>> query,
        Map<String, String> headers,
        String body,
        String requestId) {

    String param(String name) {
        return pathParams.get(name);
    }

    Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    JsonNode json() {
        return Jsons.read(body);
    }
}
