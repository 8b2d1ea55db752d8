package dev.dbcloud.clickhouse.shared.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Waiter;
import java.time.Duration;
import java.util.Map;

/**
 * An {@link Invoker} for endpoints under {@code /v1/organizations/{organizationId}/…}: it fills in the organization
 * id, so callers give only the ids that follow it. The other path arguments are checked first, so a bad id is
 * refused before the organization is looked up (which, when none was configured, costs a request); the lookup
 * then goes out with the view's options.
 *
 * <pre>{@code
 * static final Endpoint<Service> GET =
 *         Endpoint.get("/v1/organizations/{organizationId}/services/{serviceId}").returns(Service.class);
 *
 * ApiResponse<Service> response = org.send(GET, serviceId);
 * ApiResponse<Service> renamed = org.send(org.call(UPDATE, serviceId).body(params));
 * Service running = org.await(RUNNING, timeout, serviceId);   // a Waiter reading GET
 * }</pre>
 *
 * <p>Every endpoint sent through it must have {@code {organizationId}} as its first placeholder. Immutable and
 * thread-safe; {@link #withOptions(RequestOptions)} and {@link #forStep(String)} derive views as {@link Invoker}
 * does.
 */
public final class OrganizationInvoker {
    private final OrganizationResolver organization;
    private final Invoker invoker;

    /**
     * Creates the root invoker of a client.
     *
     * @param organization resolves the organization id
     * @param invoker the client's invoker
     */
    public OrganizationInvoker(OrganizationResolver organization, Invoker invoker) {
        this.organization = requireNonNull(organization, "organization == null");
        this.invoker = requireNonNull(invoker, "invoker == null");
    }

    /**
     * A view whose calls carry {@code options} on top of this one's ({@link Invoker#withOptions}).
     *
     * @param options the options to add
     * @return the derived view
     */
    public OrganizationInvoker withOptions(RequestOptions options) {
        return new OrganizationInvoker(organization, invoker.withOptions(options));
    }

    /**
     * The view a workflow uses for one of several writes ({@link Invoker#forStep}).
     *
     * @param step a short name of the step, unique within the workflow
     * @return the view for that step
     */
    public OrganizationInvoker forStep(String step) {
        return new OrganizationInvoker(organization, invoker.forStep(step));
    }

    /** @return the underlying invoker, with this view's options */
    public Invoker invoker() {
        return invoker;
    }

    /**
     * The path arguments of a call: the ids, checked, after the organization id, resolved with this view's
     * options.
     *
     * @param endpoint the endpoint whose first placeholder is {@code {organizationId}}
     * @param ids the arguments of the other placeholders, in order
     * @return every path argument
     * @throws IllegalArgumentException if an id is blank, {@code .}, {@code ..} or fails the endpoint's check;
     *     nothing is sent
     */
    public String[] pathArgs(Endpoint<?> endpoint, String... ids) {
        String[] args = new String[ids.length + 1];
        System.arraycopy(ids, 0, args, 1, ids.length);
        args[0] = "organizationId";
        endpoint.call(args); // checks the ids before the organization may cost a request
        args[0] = organization.organizationId(invoker.options());
        return args;
    }

    /**
     * Starts a call, to which a body or query parameters may be added before {@link #send(Endpoint.Call)}.
     *
     * @param endpoint the endpoint
     * @param ids the arguments of the placeholders after {@code {organizationId}}
     * @param <T> the decoded type
     * @return the call
     */
    public <T> Endpoint.Call<T> call(Endpoint<T> endpoint, String... ids) {
        return endpoint.callAfter(() -> organization.organizationId(invoker.options()), ids);
    }

    /**
     * Sends one call: exactly one request, retries of it aside.
     *
     * @param call the call
     * @param <T> the decoded type
     * @return the response
     */
    public <T> ApiResponse<T> send(Endpoint.Call<T> call) {
        return invoker.send(call);
    }

    /**
     * Sends an endpoint with the caller's parameters as its JSON body: exactly one request, retries of it aside.
     *
     * @param endpoint the endpoint
     * @param params the body; checked before the ids
     * @param ids the arguments of the placeholders after {@code {organizationId}}
     * @param <T> the decoded type
     * @return the response
     * @throws NullPointerException if {@code params} is null ({@code params == null}); nothing is sent
     */
    public <T> ApiResponse<T> sendWith(Endpoint<T> endpoint, Object params, String... ids) {
        requireNonNull(params, "params == null");
        return send(call(endpoint, ids).body(params));
    }

    /**
     * Sends a state change the way the ClickHouse Cloud API takes it, {@code {"command": …}} to a {@code …/state}
     * endpoint (services, ClickPipes, Managed Postgres): exactly one request, retries of it aside.
     *
     * @param endpoint the {@code …/state} endpoint
     * @param command the command, e.g. {@code start}
     * @param ids the arguments of the placeholders after {@code {organizationId}}
     * @param <T> the decoded type
     * @return the response
     */
    public <T> ApiResponse<T> sendCommand(Endpoint<T> endpoint, String command, String... ids) {
        return sendWith(endpoint, Map.of("command", command), ids);
    }

    /**
     * Sends an endpoint that takes no body nor query: exactly one request, retries of it aside.
     *
     * @param endpoint the endpoint
     * @param ids the arguments of the placeholders after {@code {organizationId}}
     * @param <T> the decoded type
     * @return the response
     */
    public <T> ApiResponse<T> send(Endpoint<T> endpoint, String... ids) {
        return send(call(endpoint, ids));
    }

    /**
     * Runs a waiter whose read is under the organization.
     *
     * @param waiter the waiter
     * @param timeout how long to wait in all; checked before anything is sent
     * @param ids the arguments of the read's placeholders after {@code {organizationId}}
     * @param <T> the type the read returns
     * @return the last value read ({@link Waiter#await})
     */
    public <T> T await(Waiter<T> waiter, Duration timeout, String... ids) {
        Checks.positive(timeout, "timeout");
        return waiter.await(invoker, timeout, pathArgs(waiter.read(), ids));
    }
}
