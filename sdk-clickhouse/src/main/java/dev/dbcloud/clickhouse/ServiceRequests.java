package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.OrganizationResolver;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpMethod;

/**
 * Starts requests to {@code /v1/organizations/{organizationId}/services/…} for every resource of this package:
 * checks the ids before anything is sent (so a bad id never costs an organization lookup), resolves the
 * organization with the call's options and applies those options.
 */
final class ServiceRequests {
    static final String SERVICES = "/v1/organizations/{organizationId}/services";

    private final OrganizationResolver organization;

    ServiceRequests(OrganizationResolver organization) {
        this.organization = organization;
    }

    /**
     * A request to the services collection.
     *
     * @param method the HTTP method
     * @param options the call's options
     * @return the request builder
     */
    ApiRequest.Builder services(HttpMethod method, RequestOptions options) {
        requireNonNull(options, "options == null");
        return ApiRequest.builder(method, SERVICES, organization.organizationId(options))
                .options(options);
    }

    /**
     * A request to {@code …/services/{serviceId}} followed by {@code suffix}.
     *
     * @param method the HTTP method
     * @param suffix e.g. {@code ""}, {@code "/state"} or {@code "/backups/{backupId}"}
     * @param serviceId the service id
     * @param options the call's options
     * @param more arguments for the placeholders of {@code suffix}, already checked by the caller
     * @return the request builder
     */
    ApiRequest.Builder service(
            HttpMethod method, String suffix, String serviceId, RequestOptions options, String... more) {
        Checks.pathSegment(serviceId, "serviceId");
        requireNonNull(options, "options == null");
        String[] args = new String[more.length + 2];
        args[1] = serviceId;
        System.arraycopy(more, 0, args, 2, more.length);
        args[0] = organization.organizationId(options);
        return ApiRequest.builder(method, SERVICES + "/{serviceId}" + suffix, args)
                .options(options);
    }
}
