package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
import java.util.List;

/**
 * The organizations an API key can see. A key belongs to one organization, so {@link #list()} answers with one
 * element: an easy way to find the organization id.
 *
 * <pre>{@code
 * // find the organization id of an API key, e.g. to put it in CLICKHOUSE_ORG_ID
 * try (ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
 *         .credentials(Credentials.basic(keyId, keySecret))
 *         .build()) {
 *     Organization org = ch.organizations().current();   // the configured or the only visible one
 *     System.out.println(org.id() + " " + org.name().orElse(""));
 *     org.privateEndpoints().forEach(pe -> System.out.println(pe.id() + " " + pe.description().orElse("")));
 * }
 * }</pre>
 *
 * <p>{@link ClickHouseCloudClient#organizationId()} gives just the id the client works in. {@link
 * #withRawResponse()} offers {@code list} and {@code get} returning the whole {@link ApiResponse} (status, headers
 * and the envelope's request id); {@link #current()}, which may first discover the organization, is typed only.
 */
public final class Organizations {
    private static final TypeReference<List<Organization>> LIST = new TypeReference<>() {};

    private final OrganizationResolver organization;
    private final WithRawResponse raw;

    Organizations(HttpEngine engine, OrganizationResolver organization) {
        this.organization = organization;
        this.raw = new WithRawResponse(engine);
    }

    /**
     * The same single-request operations returning the whole {@link ApiResponse}: status, headers and the request
     * id ClickHouse Cloud puts in its envelope, with the decoded value.
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists the organizations the API key can see ({@code GET /v1/organizations}).
     *
     * @return the organizations
     */
    public List<Organization> list() {
        return list(RequestOptions.none());
    }

    /**
     * Lists the organizations the API key can see ({@code GET /v1/organizations}).
     *
     * @param options per-call options
     * @return the organizations
     */
    public List<Organization> list(RequestOptions options) {
        return raw.list(options).value();
    }

    /**
     * Gets an organization ({@code GET /v1/organizations/{organizationId}}).
     *
     * @param organizationId the organization id
     * @return the organization
     */
    public Organization get(String organizationId) {
        return get(organizationId, RequestOptions.none());
    }

    /**
     * Gets an organization ({@code GET /v1/organizations/{organizationId}}).
     *
     * @param organizationId the organization id
     * @param options per-call options
     * @return the organization
     */
    public Organization get(String organizationId, RequestOptions options) {
        return raw.get(organizationId, options).value();
    }

    /**
     * Gets the organization the client works in: the configured one or the only one the key sees.
     *
     * @return the organization
     */
    public Organization current() {
        return current(RequestOptions.none());
    }

    /**
     * Gets the organization the client works in: the configured one or the only one the key sees.
     *
     * @param options per-call options
     * @return the organization
     */
    public Organization current(RequestOptions options) {
        requireNonNull(options, "options == null");
        return get(organization.organizationId(options), options);
    }

    /**
     * The operations of {@link Organizations} that send one request, returning {@link ApiResponse}: the HTTP
     * status, the response headers and the request id of the envelope, with the decoded value. Get it from {@link
     * Organizations#withRawResponse()}.
     */
    public static final class WithRawResponse {
        private final HttpEngine engine;

        WithRawResponse(HttpEngine engine) {
            this.engine = engine;
        }

        /**
         * Lists the organizations the API key can see ({@code GET /v1/organizations}).
         *
         * @param options per-call options
         * @return the response with the organizations
         */
        public ApiResponse<List<Organization>> list(RequestOptions options) {
            requireNonNull(options, "options == null");
            return engine.send(
                    ApiRequest.builder(HttpMethod.GET, "/v1/organizations")
                            .options(options)
                            .build(),
                    Json.type(LIST));
        }

        /**
         * Gets an organization ({@code GET /v1/organizations/{organizationId}}).
         *
         * @param organizationId the organization id
         * @param options per-call options
         * @return the response with the organization
         */
        public ApiResponse<Organization> get(String organizationId, RequestOptions options) {
            Checks.pathSegment(organizationId, "organizationId");
            requireNonNull(options, "options == null");
            return engine.send(
                    ApiRequest.builder(HttpMethod.GET, "/v1/organizations/{organizationId}", organizationId)
                            .options(options)
                            .build(),
                    Json.type(Organization.class));
        }
    }
}
