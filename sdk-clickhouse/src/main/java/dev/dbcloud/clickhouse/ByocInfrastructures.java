package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ByocInfrastructureEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;

/**
 * The Bring Your Own Cloud infrastructures of the organization the client works in: {@code
 * /v1/organizations/{organizationId}/byocInfrastructure}. Get it from {@link Organizations#byocInfrastructure()};
 * the infrastructures themselves are read with the organization, {@link Organization#byocConfig()}.
 *
 * <pre>{@code
 * ByocInfrastructures byoc = ch.organizations().byocInfrastructure();
 * ByocConfig infra = byoc.create(CreateByocInfrastructureParams.builder()
 *     .regionId(CloudRegion.EU_WEST_1).accountId("123456789012").displayName("eu-prod").build());
 * byoc.update(infra.id(), UpdateByocInfrastructureParams.builder().displayName("eu-prod-2").build());
 * byoc.delete(infra.id());
 * }</pre>
 *
 * <p>Per-call options come from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers the same
 * operations returning the whole {@link ApiResponse}.
 */
public final class ByocInfrastructures extends Resource<ByocInfrastructures, ByocInfrastructures.WithRawResponse> {
    ByocInfrastructures(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new ByocInfrastructures(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Creates a BYOC infrastructure ({@code POST …/byocInfrastructure}).
     *
     * @param params what to create
     * @return the new infrastructure's configuration
     */
    public ByocConfig create(CreateByocInfrastructureParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Updates a BYOC infrastructure ({@code PATCH …/byocInfrastructure/{byocInfrastructureId}}): only what the
     * parameters set changes.
     *
     * @param byocInfrastructureId the infrastructure's {@link ByocConfig#id()}
     * @param params the changes
     * @return the infrastructure as updated
     */
    public ByocConfig update(String byocInfrastructureId, UpdateByocInfrastructureParams params) {
        return withRawResponse().update(byocInfrastructureId, params).value();
    }

    /**
     * Removes a BYOC infrastructure from the organization ({@code DELETE …/byocInfrastructure/{byocInfrastructureId}}).
     *
     * @param byocInfrastructureId the infrastructure's {@link ByocConfig#id()}
     */
    public void delete(String byocInfrastructureId) {
        withRawResponse().delete(byocInfrastructureId);
    }

    /** The operations of {@link ByocInfrastructures} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link ByocInfrastructures#create(CreateByocInfrastructureParams)}, with the response. */
        public ApiResponse<ByocConfig> create(CreateByocInfrastructureParams params) {
            return org.sendWith(ByocInfrastructureEndpoints.CREATE, params);
        }

        /** {@link ByocInfrastructures#update(String, UpdateByocInfrastructureParams)}, with the response. */
        public ApiResponse<ByocConfig> update(String byocInfrastructureId, UpdateByocInfrastructureParams params) {
            return org.sendWith(ByocInfrastructureEndpoints.UPDATE, params, byocInfrastructureId);
        }

        /** {@link ByocInfrastructures#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String byocInfrastructureId) {
            return org.send(ByocInfrastructureEndpoints.DELETE, byocInfrastructureId);
        }
    }
}
