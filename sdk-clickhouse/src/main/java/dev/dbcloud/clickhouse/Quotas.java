package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.QuotaEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The resource quotas of the organization the client works in, with their current usage: {@code
 * /v1/organizations/{organizationId}/quotas}. Get it from {@link Organizations#quotas()}. Beta in the API, whose
 * contract may change; quotas that do not apply to the organization are left out.
 *
 * <pre>{@code
 * Quota services = ch.organizations().quotas().get(QuotaCode.SERVICES_PER_ORGANIZATION);
 * long left = services.value().orElse(0L) - services.usage().orElse(0L);
 * }</pre>
 *
 * <p>Per-call options come from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers the same
 * operations returning the whole {@link ApiResponse}.
 */
@Beta
public final class Quotas extends Resource<Quotas, Quotas.WithRawResponse> {
    Quotas(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Quotas(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the quotas that apply to the organization ({@code GET …/quotas}).
     *
     * @return the quotas, one per code
     */
    public List<Quota> list() {
        return withRawResponse().list().value();
    }

    /**
     * Gets one quota ({@code GET …/quotas/{quotaCode}}); an unknown code, or a quota that does not apply to the
     * organization, is a {@code NotFoundException}.
     *
     * @param quotaCode the quota's code; {@link QuotaCode#of(String)} gives codes this SDK does not know yet
     * @return the quota
     */
    public Quota get(QuotaCode quotaCode) {
        return withRawResponse().get(quotaCode).value();
    }

    /** The operations of {@link Quotas} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Quotas#list()}, with the response. */
        public ApiResponse<List<Quota>> list() {
            return org.send(QuotaEndpoints.LIST);
        }

        /** {@link Quotas#get(QuotaCode)}, with the response. */
        public ApiResponse<Quota> get(QuotaCode quotaCode) {
            requireNonNull(quotaCode, "quotaCode == null");
            return org.send(QuotaEndpoints.GET, quotaCode.value());
        }
    }
}
