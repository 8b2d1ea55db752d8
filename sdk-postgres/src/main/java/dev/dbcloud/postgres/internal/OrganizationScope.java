package dev.dbcloud.postgres.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;

/**
 * Fills the {@code {organizationId}} placeholder every Managed Postgres path starts with. The other path arguments
 * are checked first, so that a bad id is refused before the organization is looked up (a lookup is a request when
 * no organization was configured); then the organization is resolved with the options of the calling view.
 *
 * <pre>{@code
 * invoker.send(scope.call(invoker, InstanceEndpoints.GET, postgresId));
 * READY.await(invoker, timeout, scope.pathArgs(invoker, READY.read(), postgresId));
 * }</pre>
 */
public final class OrganizationScope {
    /** A stand-in organization id, valid as a path segment, for checking the other arguments before a lookup. */
    private static final String UNRESOLVED = "organization";

    private final OrganizationResolver organization;

    /**
     * Creates the scope of a client.
     *
     * @param organization the client's organization resolver
     */
    public OrganizationScope(OrganizationResolver organization) {
        this.organization = requireNonNull(organization, "organization == null");
    }

    /**
     * Starts a call of an endpoint under the organization.
     *
     * @param invoker the calling view's invoker, whose options a lookup of the organization carries
     * @param endpoint the endpoint, whose first placeholder is {@code organizationId}
     * @param args the other path arguments, in order
     * @param <T> the decoded type
     * @return the call
     * @throws IllegalArgumentException if an argument is invalid; nothing is sent, not even a lookup
     */
    public <T> Endpoint.Call<T> call(Invoker invoker, Endpoint<T> endpoint, String... args) {
        return endpoint.call(pathArgs(invoker, endpoint, args));
    }

    /**
     * The complete path arguments of an endpoint under the organization, for a waiter.
     *
     * @param invoker the calling view's invoker
     * @param endpoint the endpoint
     * @param args the path arguments after the organization id
     * @return the organization id followed by {@code args}
     * @throws IllegalArgumentException if an argument is invalid; nothing is sent, not even a lookup
     */
    public String[] pathArgs(Invoker invoker, Endpoint<?> endpoint, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = UNRESOLVED;
        System.arraycopy(args, 0, all, 1, args.length);
        endpoint.call(all); // runs the declared checks before any request
        all[0] = organizationId(invoker);
        return all;
    }

    /**
     * The organization id, looked up on first use with the view's options when none was configured.
     *
     * @param invoker the calling view's invoker
     * @return the organization id
     * @throws IllegalStateException if none was configured and the API key does not see exactly one organization
     */
    public String organizationId(Invoker invoker) {
        return organization.organizationId(invoker.options());
    }
}
