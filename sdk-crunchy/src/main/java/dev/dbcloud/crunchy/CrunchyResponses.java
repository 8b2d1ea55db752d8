package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.crunchy.internal.CrunchyDialect;
import java.util.Optional;

/**
 * Reads Crunchy Bridge specifics off a raw {@link ApiResponse} from a resource's {@code withRawResponse()} view.
 *
 * <pre>{@code
 * ApiResponse<Cluster> response = cb.clusters().withRawResponse().create(params, options);
 * if (CrunchyResponses.isIdempotencyReplay(response)) {
 *     // an earlier request with the same Idempotency-Key already created this cluster
 * }
 * }</pre>
 */
public final class CrunchyResponses {
    private CrunchyResponses() {}

    /**
     * Whether the server answered with the recorded response of an earlier request carrying the same {@code
     * Idempotency-Key}, instead of running the request again: the {@code Idempotency-Replay: true} header.
     * Keys are remembered for an hour.
     *
     * @param response a response
     * @return true for a replayed answer
     */
    public static boolean isIdempotencyReplay(ApiResponse<?> response) {
        requireNonNull(response, "response == null");
        return response.header(CrunchyDialect.IDEMPOTENCY_REPLAY)
                .map(value -> value.trim().equalsIgnoreCase("true"))
                .orElse(false);
    }

    /**
     * The {@code Idempotency-Key} the server echoed: the caller's own, or the one the SDK generated.
     *
     * @param response a response
     * @return the key, if the server echoed one
     */
    public static Optional<String> idempotencyKey(ApiResponse<?> response) {
        requireNonNull(response, "response == null");
        return response.header(CrunchyDialect.IDEMPOTENCY_KEY);
    }
}
