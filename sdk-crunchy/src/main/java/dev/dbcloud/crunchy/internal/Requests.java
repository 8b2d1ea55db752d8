package dev.dbcloud.crunchy.internal;

import dev.dbcloud.core.OpenEnum;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpMethod;
import java.util.Optional;

/** Small helpers the resources share to fill in requests. */
public final class Requests {
    private Requests() {}

    /**
     * Adds the common paging parameters.
     *
     * @param request the request
     * @param cursor {@code cursor}
     * @param limit {@code limit}
     * @param order {@code order}
     * @param orderField {@code order_field}
     * @return the request
     */
    public static ApiRequest.Builder paging(
            ApiRequest.Builder request,
            Optional<String> cursor,
            Optional<Integer> limit,
            Optional<? extends OpenEnum> order,
            Optional<String> orderField) {
        return request.query("cursor", cursor.orElse(null))
                .query("limit", limit.orElse(null))
                .query("order", order.map(OpenEnum::value).orElse(null))
                .query("order_field", orderField.orElse(null));
    }

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
}
