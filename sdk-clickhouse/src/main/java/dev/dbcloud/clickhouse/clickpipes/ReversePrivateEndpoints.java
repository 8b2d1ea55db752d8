package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.internal.ReversePrivateEndpointEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.Optional;

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
 * <p>{@link #list()} sends {@code GET …/clickpipesReversePrivateEndpoints}; {@link #create(Object) create} sends
 * {@code POST …/clickpipesReversePrivateEndpoints} and returns the endpoint {@code Provisioning} (see {@link
 * #waitUntilProvisioned(String, Duration)}); {@link #get(String) get}, {@link #update(String, Object) update} and
 * {@link #delete(String) delete} send {@code GET}, {@code PATCH} and {@code DELETE
 * …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}. An update replaces the endpoint's custom
 * private DNS names with the complete list it carries; an empty list clears them.
 *
 * <p>Every method sends exactly one request (retries of it aside), except the waiter {@link
 * #waitUntilProvisioned(String, Duration)} and, on a handle with auto-wake, a call that meets an idle service (see
 * {@link ClickPipes#withAutoWake(Duration)}). Per-call options come from {@link #withOptions(RequestOptions)};
 * {@link #withRawResponse()} offers every operation returning the whole {@link ApiResponse}.
 */
public final class ReversePrivateEndpoints
        extends ServiceCollection<
                ReversePrivateEndpoints,
                ReversePrivateEndpoints.WithRawResponse,
                ReversePrivateEndpoint,
                CreateReversePrivateEndpointParams,
                UpdateReversePrivateEndpointParams> {
    private static final Endpoints<ReversePrivateEndpoint> ENDPOINTS = new Endpoints<>(
            ReversePrivateEndpointEndpoints.LIST,
            ReversePrivateEndpointEndpoints.CREATE,
            ReversePrivateEndpointEndpoints.GET,
            ReversePrivateEndpointEndpoints.UPDATE,
            ReversePrivateEndpointEndpoints.DELETE);

    ReversePrivateEndpoints(
            OrganizationResolver organization, Invoker invoker, String serviceId, Optional<Duration> autoWake) {
        super(organization, invoker, serviceId, autoWake, ReversePrivateEndpoints::new, WithRawResponse::new);
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
        return org().await(ClickPipeWaiters.PROVISIONED, timeout, service(), endpointId);
    }

    /**
     * The operations of {@link ReversePrivateEndpoints} returning {@link ApiResponse}; each is documented there and
     * sends exactly one request (retries of it aside), without waking an idle service.
     */
    public static final class WithRawResponse
            extends ServiceCollection.Raw<
                    WithRawResponse,
                    ReversePrivateEndpoint,
                    CreateReversePrivateEndpointParams,
                    UpdateReversePrivateEndpointParams> {
        WithRawResponse(OrganizationResolver organization, Invoker invoker, String serviceId) {
            super(organization, invoker, serviceId, ENDPOINTS, WithRawResponse::new);
        }
    }
}
