package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Quota;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Endpoint;
import java.util.List;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/quotas}, each declared once and beta in the
 * specification; {@code Quotas} sends them through an {@code OrganizationInvoker}.
 */
@Beta
public final class QuotaEndpoints {
    private QuotaEndpoints() {}

    /** {@code GET …/quotas}. */
    public static final Endpoint<List<Quota>> LIST =
            OrganizationEndpoints.ORGANIZATION.get("/quotas").returns(new TypeReference<List<Quota>>() {});

    /** {@code GET …/quotas/{quotaCode}}. */
    public static final Endpoint<Quota> GET =
            OrganizationEndpoints.ORGANIZATION.get("/quotas/{quotaCode}").returns(Quota.class);
}
