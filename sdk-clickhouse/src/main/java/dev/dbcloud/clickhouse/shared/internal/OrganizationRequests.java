package dev.dbcloud.clickhouse.shared.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpMethod;

/**
 * Starts requests to one collection of an organization, {@code /v1/organizations/{organizationId}/<collection>}
 * (services, Managed Postgres instances, …): checks the member id before anything is sent, so a bad id never costs
 * an organization lookup, then resolves the organization with the call's options and applies those options.
 *
 * <pre>{@code
 * OrganizationRequests services = new OrganizationRequests(organization, "services", "serviceId");
 * engine.call(services.member(HttpMethod.PATCH, "/state", serviceId, options).body(command).build(), Service.class);
 * }</pre>
 */
public final class OrganizationRequests {
    private final OrganizationResolver organization;
    private final String collectionPath;
    private final String idName;

    /**
     * Creates the request starter of one collection.
     *
     * @param organization resolves the organization id
     * @param collection the path segment after the organization, e.g. {@code services} or {@code postgres}
     * @param idName the name of a member's id in paths and error messages, e.g. {@code serviceId}
     */
    public OrganizationRequests(OrganizationResolver organization, String collection, String idName) {
        this.organization = requireNonNull(organization, "organization == null");
        this.collectionPath = "/v1/organizations/{organizationId}/" + requireNonNull(collection, "collection == null");
        this.idName = requireNonNull(idName, "idName == null");
    }

    /**
     * A request to the collection followed by {@code suffix}.
     *
     * @param method the HTTP method
     * @param suffix {@code ""} for the collection itself, or e.g. {@code "/prometheus"}
     * @param options the call's options
     * @return the request builder
     */
    public ApiRequest.Builder collection(HttpMethod method, String suffix, RequestOptions options) {
        requireNonNull(options, "options == null");
        return ApiRequest.builder(method, collectionPath + suffix, organization.organizationId(options))
                .options(options);
    }

    /**
     * A request to one member, {@code …/<collection>/{id}}, followed by {@code suffix}.
     *
     * @param method the HTTP method
     * @param suffix e.g. {@code ""}, {@code "/state"} or {@code "/backups/{backupId}"}
     * @param id the member's id, checked to be a usable path segment
     * @param options the call's options
     * @param more the values of the placeholders in {@code suffix}, already checked by the caller
     * @return the request builder
     * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..}
     */
    public ApiRequest.Builder member(
            HttpMethod method, String suffix, String id, RequestOptions options, String... more) {
        Checks.pathSegment(id, idName);
        requireNonNull(options, "options == null");
        String[] args = new String[more.length + 2];
        args[0] = organization.organizationId(options);
        args[1] = id;
        System.arraycopy(more, 0, args, 2, more.length);
        return ApiRequest.builder(method, collectionPath + "/{" + idName + "}" + suffix, args)
                .options(options);
    }
}
