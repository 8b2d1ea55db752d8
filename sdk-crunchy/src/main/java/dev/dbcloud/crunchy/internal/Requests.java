package dev.dbcloud.crunchy.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;

/** Small helpers the resources share to build and send requests. */
public final class Requests {
    private Requests() {}

    /**
     * Starts a request under {@code /clusters/{cluster_id}}, checking the ID first.
     *
     * @param method the method
     * @param suffix the rest of the path, e.g. {@code /status}, or empty
     * @param clusterId the cluster's ID
     * @param more the arguments of placeholders in {@code suffix}
     * @return the request builder
     * @throws IllegalArgumentException if the ID is not a Crunchy Bridge ID
     */
    public static ApiRequest.Builder cluster(HttpMethod method, String suffix, String clusterId, String... more) {
        String[] args = new String[more.length + 1];
        args[0] = Eids.check(clusterId, "clusterId");
        System.arraycopy(more, 0, args, 1, more.length);
        return ApiRequest.builder(method, "/clusters/{clusterId}" + suffix, args);
    }

    /**
     * Sends a request with the caller's options and decodes the JSON result: the one code path of every typed
     * operation and its {@code withRawResponse()} twin.
     *
     * @param engine the client's engine
     * @param request the request, without options yet
     * @param options per-call options
     * @param type the result's type
     * @param <T> the result's type
     * @return the response with the decoded result
     */
    public static <T> ApiResponse<T> send(
            HttpEngine engine, ApiRequest.Builder request, RequestOptions options, Class<T> type) {
        requireNonNull(options, "options == null");
        return engine.send(request.options(options).build(), Json.type(type));
    }
}
