package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.OrganizationResolver;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpMethod;

/**
 * Starts requests to {@code /v1/organizations/{organizationId}/postgres/…}: checks the ids before anything is
 * sent (so a bad id never costs an organization lookup), resolves the organization with the call's options and
 * applies those options.
 */
final class InstanceRequests {
    static final String POSTGRES = "/v1/organizations/{organizationId}/postgres";

    private final OrganizationResolver organization;

    InstanceRequests(OrganizationResolver organization) {
        this.organization = organization;
    }

    /**
     * A request to {@code …/postgres} followed by {@code suffix}.
     *
     * @param method the HTTP method
     * @param suffix {@code ""} or {@code "/prometheus"}
     * @param options the call's options
     * @return the request builder
     */
    ApiRequest.Builder collection(HttpMethod method, String suffix, RequestOptions options) {
        requireNonNull(options, "options == null");
        return ApiRequest.builder(method, POSTGRES + suffix, organization.organizationId(options))
                .options(options);
    }

    /**
     * A request to {@code …/postgres/{postgresId}} followed by {@code suffix}.
     *
     * @param method the HTTP method
     * @param suffix e.g. {@code ""}, {@code "/state"} or {@code "/slowQueryPatterns/{queryId}"}
     * @param postgresId the instance id
     * @param options the call's options
     * @param more arguments for the placeholders of {@code suffix}, already checked by the caller
     * @return the request builder
     */
    ApiRequest.Builder instance(
            HttpMethod method, String suffix, String postgresId, RequestOptions options, String... more) {
        Checks.pathSegment(postgresId, "postgresId");
        requireNonNull(options, "options == null");
        String[] args = new String[more.length + 2];
        System.arraycopy(more, 0, args, 2, more.length);
        args[1] = postgresId;
        args[0] = organization.organizationId(options);
        return ApiRequest.builder(method, POSTGRES + "/{postgresId}" + suffix, args)
                .options(options);
    }
}
