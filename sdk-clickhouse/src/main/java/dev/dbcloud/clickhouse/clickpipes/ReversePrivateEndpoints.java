package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.ReversePrivateEndpointEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
 * <p>Every method sends exactly one request (retries of it aside), except the waiter {@link
 * #waitUntilProvisioned(String, Duration)} and, on a handle with auto-wake, a call that meets an idle service (see
 * {@link ClickPipes#withAutoWake(Duration)}). Per-call options come from {@link #withOptions(RequestOptions)};
 * {@link #withRawResponse()} offers every operation returning the whole {@link ApiResponse}.
 */
public final class ReversePrivateEndpoints
        extends Resource<ReversePrivateEndpoints, ReversePrivateEndpoints.WithRawResponse> {
    private final String serviceId;
    private final OrganizationInvoker org;
    private final AutoWake wake;

    ReversePrivateEndpoints(
            OrganizationResolver organization, Invoker invoker, String serviceId, Optional<Duration> autoWake) {
        super(
                invoker,
                view -> new ReversePrivateEndpoints(organization, view, serviceId, autoWake),
                view -> new WithRawResponse(organization, view, serviceId));
        this.serviceId = serviceId;
        this.org = new OrganizationInvoker(organization, invoker);
        this.wake = new AutoWake(org, serviceId, autoWake);
    }

    /**
     * Lists the service's reverse private endpoints ({@code GET …/clickpipesReversePrivateEndpoints}).
     *
     * @return the endpoints
     */
    public List<ReversePrivateEndpoint> list() {
        return call(WithRawResponse::list);
    }

    /**
     * Creates a reverse private endpoint ({@code POST …/clickpipesReversePrivateEndpoints}); it starts {@code
     * Provisioning}, see {@link #waitUntilProvisioned(String, Duration)}.
     *
     * @param params the endpoint
     * @return the new endpoint
     */
    public ReversePrivateEndpoint create(CreateReversePrivateEndpointParams params) {
        return call(raw -> raw.create(params));
    }

    /**
     * Gets a reverse private endpoint ({@code GET …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}).
     *
     * @param endpointId the endpoint id
     * @return the endpoint
     */
    public ReversePrivateEndpoint get(String endpointId) {
        return call(raw -> raw.get(endpointId));
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
        return call(raw -> raw.update(endpointId, params));
    }

    /**
     * Deletes a reverse private endpoint ({@code DELETE
     * …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}).
     *
     * @param endpointId the endpoint id
     */
    public void delete(String endpointId) {
        call(raw -> raw.delete(endpointId));
    }

    /**
     * Polls {@code GET …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}} until the endpoint is usable
     * or waiting for its owner: {@code Ready}, or {@code PendingAcceptance}, which needs an action of the owner of
     * the endpoint service (accepting the connection in the AWS or GCP console) before traffic flows; this waiter
     * does not wait for that. It fails fast on {@code Failed}, {@code Rejected}, {@code Expired} and {@code
     * Deleting}, and keeps polling on every other status ({@code Provisioning}, {@code Unknown}, a status this SDK
     * does not know, or none). Polls every 5 seconds, growing by half up to 2 minutes, unless {@link
     * RequestOptions.Builder#pollInterval(Duration)} or the client sets a steady interval.
     *
     * @param endpointId the endpoint id
     * @param timeout how long to wait in all
     * @return the endpoint, {@code Ready} or {@code PendingAcceptance}
     * @throws IllegalArgumentException if {@code endpointId} is blank, {@code .} or {@code ..}, or {@code timeout}
     *     is not positive; nothing is sent
     * @throws WaitFailedException if the endpoint reaches {@code Failed}, {@code Rejected}, {@code Expired} or
     *     {@code Deleting}, or a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public ReversePrivateEndpoint waitUntilProvisioned(String endpointId, Duration timeout) {
        return org.await(ClickPipeWaiters.PROVISIONED, timeout, serviceId, endpointId);
    }

    private <T> T call(Function<WithRawResponse, ApiResponse<T>> op) {
        return wake.call(withRawResponse(), op);
    }

    /**
     * The operations of {@link ReversePrivateEndpoints} returning {@link ApiResponse}; each is documented there and
     * sends exactly one request (retries of it aside), without waking an idle service.
     */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;
        private final String serviceId;

        WithRawResponse(OrganizationResolver organization, Invoker invoker, String serviceId) {
            super(invoker, view -> new WithRawResponse(organization, view, serviceId));
            this.org = new OrganizationInvoker(organization, invoker);
            this.serviceId = serviceId;
        }

        /** {@link ReversePrivateEndpoints#list()}, with the response. */
        public ApiResponse<List<ReversePrivateEndpoint>> list() {
            return org.send(ReversePrivateEndpointEndpoints.LIST, serviceId);
        }

        /** {@link ReversePrivateEndpoints#create(CreateReversePrivateEndpointParams)}, with the response. */
        public ApiResponse<ReversePrivateEndpoint> create(CreateReversePrivateEndpointParams params) {
            requireNonNull(params, "params == null");
            return org.send(
                    org.call(ReversePrivateEndpointEndpoints.CREATE, serviceId).body(params));
        }

        /** {@link ReversePrivateEndpoints#get(String)}, with the response. */
        public ApiResponse<ReversePrivateEndpoint> get(String endpointId) {
            return org.send(ReversePrivateEndpointEndpoints.GET, serviceId, endpointId);
        }

        /** {@link ReversePrivateEndpoints#update(String, UpdateReversePrivateEndpointParams)}, with the response. */
        public ApiResponse<ReversePrivateEndpoint> update(
                String endpointId, UpdateReversePrivateEndpointParams params) {
            requireNonNull(params, "params == null");
            return org.send(org.call(ReversePrivateEndpointEndpoints.UPDATE, serviceId, endpointId)
                    .body(params));
        }

        /** {@link ReversePrivateEndpoints#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String endpointId) {
            return org.send(ReversePrivateEndpointEndpoints.DELETE, serviceId, endpointId);
        }
    }
}
