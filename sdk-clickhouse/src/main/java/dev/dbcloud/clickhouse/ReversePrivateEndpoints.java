package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.dbcloud.clickhouse.clickpipes.CreateReversePrivateEndpointParams;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpoint;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpointStatus;
import dev.dbcloud.clickhouse.clickpipes.UpdateReversePrivateEndpointParams;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The reverse private endpoints of one service ({@code …/services/{serviceId}/clickpipesReversePrivateEndpoints}):
 * private connections from ClickPipes to sources in the customer's network (AWS VPC endpoint services and VPC
 * resources, MSK multi-VPC, GCP Private Service Connect). Reached with {@code
 * ch.clickPipes(serviceId).reversePrivateEndpoints()}, sharing that handle's auto-wake setting.
 *
 * <pre>{@code
 * ReversePrivateEndpoints endpoints = ch.clickPipes(serviceId).reversePrivateEndpoints();
 * ReversePrivateEndpoint created = endpoints.create(CreateReversePrivateEndpointParams.builder()
 *     .description("orders Kafka")
 *     .type(ReversePrivateEndpointType.VPC_ENDPOINT_SERVICE)
 *     .vpcEndpointServiceName("com.amazonaws.vpce.us-east-1.vpce-svc-12345678901234567")
 *     .build());
 * ReversePrivateEndpoint provisioned = endpoints.waitUntilProvisioned(created.id(), Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>{@link #withRawResponse()} offers every single-request operation returning the whole {@link ApiResponse}.
 */
public final class ReversePrivateEndpoints {
    private static final TypeReference<List<ReversePrivateEndpoint>> LIST = new TypeReference<>() {};
    private static final Set<ReversePrivateEndpointStatus> PROVISIONED =
            Set.of(ReversePrivateEndpointStatus.READY, ReversePrivateEndpointStatus.PENDING_ACCEPTANCE);
    private static final Set<ReversePrivateEndpointStatus> DEAD_ENDS = Set.of(
            ReversePrivateEndpointStatus.FAILED,
            ReversePrivateEndpointStatus.REJECTED,
            ReversePrivateEndpointStatus.EXPIRED,
            ReversePrivateEndpointStatus.DELETING);

    private final HttpEngine engine;
    private final WithRawResponse raw;

    ReversePrivateEndpoints(ClickPipeCalls calls) {
        this.engine = calls.engine;
        this.raw = new WithRawResponse(calls);
    }

    /**
     * The same single-request operations returning the whole {@link ApiResponse}.
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists the service's reverse private endpoints ({@code GET …/clickpipesReversePrivateEndpoints}).
     *
     * @return the endpoints
     */
    public List<ReversePrivateEndpoint> list() {
        return list(RequestOptions.none());
    }

    /**
     * Lists the service's reverse private endpoints ({@code GET …/clickpipesReversePrivateEndpoints}).
     *
     * @param options per-call options
     * @return the endpoints
     */
    public List<ReversePrivateEndpoint> list(RequestOptions options) {
        return raw.list(options).value();
    }

    /**
     * Creates a reverse private endpoint ({@code POST …/clickpipesReversePrivateEndpoints}); it starts {@code
     * Provisioning}, see {@link #waitUntilProvisioned(String, Duration)}.
     *
     * @param params the endpoint
     * @return the new endpoint
     */
    public ReversePrivateEndpoint create(CreateReversePrivateEndpointParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Creates a reverse private endpoint ({@code POST …/clickpipesReversePrivateEndpoints}).
     *
     * @param params the endpoint
     * @param options per-call options
     * @return the new endpoint
     */
    public ReversePrivateEndpoint create(CreateReversePrivateEndpointParams params, RequestOptions options) {
        return raw.create(params, options).value();
    }

    /**
     * Gets a reverse private endpoint ({@code GET …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}).
     *
     * @param endpointId the endpoint id
     * @return the endpoint
     */
    public ReversePrivateEndpoint get(String endpointId) {
        return get(endpointId, RequestOptions.none());
    }

    /**
     * Gets a reverse private endpoint ({@code GET …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}).
     *
     * @param endpointId the endpoint id
     * @param options per-call options
     * @return the endpoint
     */
    public ReversePrivateEndpoint get(String endpointId, RequestOptions options) {
        return raw.get(endpointId, options).value();
    }

    /**
     * Replaces the custom private DNS names of a reverse private endpoint ({@code PATCH
     * …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}); an empty list clears them.
     *
     * @param endpointId the endpoint id
     * @param params the complete new list of names
     * @return the endpoint
     */
    public ReversePrivateEndpoint update(String endpointId, UpdateReversePrivateEndpointParams params) {
        return update(endpointId, params, RequestOptions.none());
    }

    /**
     * Replaces the custom private DNS names of a reverse private endpoint ({@code PATCH
     * …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}); an empty list clears them.
     *
     * @param endpointId the endpoint id
     * @param params the complete new list of names
     * @param options per-call options
     * @return the endpoint
     */
    public ReversePrivateEndpoint update(
            String endpointId, UpdateReversePrivateEndpointParams params, RequestOptions options) {
        return raw.update(endpointId, params, options).value();
    }

    /**
     * Deletes a reverse private endpoint ({@code DELETE
     * …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}).
     *
     * @param endpointId the endpoint id
     */
    public void delete(String endpointId) {
        delete(endpointId, RequestOptions.none());
    }

    /**
     * Deletes a reverse private endpoint ({@code DELETE
     * …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}).
     *
     * @param endpointId the endpoint id
     * @param options per-call options
     */
    public void delete(String endpointId, RequestOptions options) {
        raw.delete(endpointId, options);
    }

    /**
     * Polls the endpoint until it is usable or waiting for its owner: {@code Ready}, or {@code PendingAcceptance},
     * which needs an action of the owner of the endpoint service (accepting the connection in the AWS or GCP
     * console) before traffic flows; this waiter does not wait for that. It fails fast on {@code Failed}, {@code
     * Rejected}, {@code Expired} and {@code Deleting}, and keeps polling on every other status ({@code
     * Provisioning}, {@code Unknown}, a status this SDK does not know, or none). Polls every {@link
     * ClickPipes#DEFAULT_POLL_INTERVAL}, growing up to {@link ClickPipes#MAX_POLL_INTERVAL}.
     *
     * @param endpointId the endpoint id
     * @param timeout how long to wait in all
     * @return the endpoint, {@code Ready} or {@code PendingAcceptance}
     * @throws WaitFailedException if the endpoint reaches {@code Failed}, {@code Rejected}, {@code Expired} or
     *     {@code Deleting}, or a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public ReversePrivateEndpoint waitUntilProvisioned(String endpointId, Duration timeout) {
        return waitUntilProvisioned(endpointId, timeout, RequestOptions.none());
    }

    /**
     * Polls the endpoint until it is {@code Ready} or {@code PendingAcceptance}, as {@link
     * #waitUntilProvisioned(String, Duration)} does, sending every poll with {@code options}.
     *
     * @param endpointId the endpoint id
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @return the endpoint, {@code Ready} or {@code PendingAcceptance}
     * @throws WaitFailedException if the endpoint reaches {@code Failed}, {@code Rejected}, {@code Expired} or
     *     {@code Deleting}, or a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public ReversePrivateEndpoint waitUntilProvisioned(String endpointId, Duration timeout, RequestOptions options) {
        Checks.pathSegment(endpointId, "endpointId");
        Checks.positive(timeout, "timeout");
        requireNonNull(options, "options == null");
        return engine.<ReversePrivateEndpoint>poller("reverse private endpoint " + endpointId + " to be provisioned")
                .poll(() -> get(endpointId, options))
                .until(e -> e.status().filter(PROVISIONED::contains).isPresent())
                .failWhen(e -> e.status().filter(DEAD_ENDS::contains).isPresent())
                .describeWith(e -> "status "
                        + e.status().map(ReversePrivateEndpointStatus::value).orElse("(none)"))
                .interval(ClickPipes.DEFAULT_POLL_INTERVAL)
                .maxInterval(ClickPipes.MAX_POLL_INTERVAL)
                .timeout(timeout)
                .build()
                .await();
    }

    /**
     * The operations of {@link ReversePrivateEndpoints} returning {@link ApiResponse}: the HTTP status, the
     * response headers and the request id of the envelope, with the decoded value.
     */
    public static final class WithRawResponse {
        private static final String ENDPOINTS = "/clickpipesReversePrivateEndpoints";
        private static final String ENDPOINT = ENDPOINTS + "/{reversePrivateEndpointId}";

        private final ClickPipeCalls calls;

        WithRawResponse(ClickPipeCalls calls) {
            this.calls = calls;
        }

        /**
         * Lists the service's reverse private endpoints ({@code GET …/clickpipesReversePrivateEndpoints}).
         *
         * @param options per-call options
         * @return the response with the endpoints
         */
        public ApiResponse<List<ReversePrivateEndpoint>> list(RequestOptions options) {
            return send(HttpMethod.GET, ENDPOINTS, null, options, Json.type(LIST));
        }

        /**
         * Creates a reverse private endpoint ({@code POST …/clickpipesReversePrivateEndpoints}).
         *
         * @param params the endpoint
         * @param options per-call options
         * @return the response with the new endpoint
         */
        public ApiResponse<ReversePrivateEndpoint> create(
                CreateReversePrivateEndpointParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return send(HttpMethod.POST, ENDPOINTS, params, options, Json.type(ReversePrivateEndpoint.class));
        }

        /**
         * Gets a reverse private endpoint ({@code GET …/clickpipesReversePrivateEndpoints/{id}}).
         *
         * @param endpointId the endpoint id
         * @param options per-call options
         * @return the response with the endpoint
         */
        public ApiResponse<ReversePrivateEndpoint> get(String endpointId, RequestOptions options) {
            return send(
                    HttpMethod.GET,
                    ENDPOINT,
                    null,
                    options,
                    Json.type(ReversePrivateEndpoint.class),
                    endpoint(endpointId));
        }

        /**
         * Replaces the custom private DNS names of a reverse private endpoint ({@code PATCH
         * …/clickpipesReversePrivateEndpoints/{id}}).
         *
         * @param endpointId the endpoint id
         * @param params the complete new list of names
         * @param options per-call options
         * @return the response with the endpoint
         */
        public ApiResponse<ReversePrivateEndpoint> update(
                String endpointId, UpdateReversePrivateEndpointParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return send(
                    HttpMethod.PATCH,
                    ENDPOINT,
                    params,
                    options,
                    Json.type(ReversePrivateEndpoint.class),
                    endpoint(endpointId));
        }

        /**
         * Deletes a reverse private endpoint ({@code DELETE …/clickpipesReversePrivateEndpoints/{id}}).
         *
         * @param endpointId the endpoint id
         * @param options per-call options
         * @return the response, without value
         */
        public ApiResponse<Void> delete(String endpointId, RequestOptions options) {
            return send(HttpMethod.DELETE, ENDPOINT, null, options, Json.type(Void.class), endpoint(endpointId));
        }

        private static String endpoint(String endpointId) {
            return Checks.pathSegment(endpointId, "endpointId");
        }

        private <T> ApiResponse<T> send(
                HttpMethod method, String suffix, Object body, RequestOptions options, JavaType type, String... more) {
            return calls.send(method, suffix, body, options, type, more);
        }
    }
}
