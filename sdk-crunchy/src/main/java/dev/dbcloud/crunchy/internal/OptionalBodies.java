package dev.dbcloud.crunchy.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.Json;
import dev.dbcloud.core.internal.SecretMasker;
import java.io.IOException;
import java.util.Optional;

/**
 * Calls whose success may come with or without a JSON body: {@code DELETE /clusters/{id}/upgrade} is documented
 * as 200 with the upgrade, while Crunchy's own CLI is tested against 204 without one. The engine's typed calls
 * treat an empty body as a failure, so the body is read as text and decoded only when there is one.
 */
public final class OptionalBodies {
    private static final int EXCERPT_CHARS = 500;

    private OptionalBodies() {}

    /**
     * Sends a request and decodes its body, if it has one.
     *
     * @param engine the client's engine
     * @param request the request
     * @param type the body's type
     * @param <T> the body's type
     * @return the response, with an empty value when the body was empty
     * @throws ApiDecodingException if a body arrived that is not a valid {@code type}
     */
    public static <T> ApiResponse<Optional<T>> send(HttpEngine engine, ApiRequest request, Class<T> type) {
        requireNonNull(type, "type == null");
        ApiResponse<String> response = engine.sendText(request);
        String body = response.value();
        Optional<T> value = Optional.empty();
        if (!body.isBlank()) {
            try {
                value = Optional.of(Json.reader(Json.type(type)).readValue(body));
            } catch (IOException | RuntimeException e) {
                // Jackson's messages quote the input, so the cause is left out as the engine does.
                String excerpt = SecretMasker.maskJson(SecretMasker.excerpt(body, EXCERPT_CHARS));
                throw new ApiDecodingException(
                        request.method() + " /" + String.join("/", request.segments()) + ": the result is not a valid "
                                + type.getSimpleName() + " (status " + response.statusCode()
                                + response.requestId()
                                        .map(id -> ", request id " + id)
                                        .orElse("") + "): "
                                + excerpt,
                        response.statusCode(),
                        response.requestId().orElse(null),
                        excerpt,
                        null);
            }
        }
        return new ApiResponse<>(
                response.statusCode(), response.headers(), response.requestId().orElse(null), value);
    }
}
