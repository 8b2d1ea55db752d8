package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Organization;
import dev.dbcloud.clickhouse.UsageCost;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import java.util.List;

/** The organization endpoints, each declared once; {@code Organizations} sends them. */
public final class OrganizationEndpoints {
    /** The endpoints under one organization, {@code /v1/organizations/{organizationId}}. */
    public static final EndpointGroup ORGANIZATION = EndpointGroup.of("/v1/organizations/{organizationId}");

    private OrganizationEndpoints() {}

    /** {@code GET /v1/organizations}: the one organization the API key belongs to. */
    public static final Endpoint<List<Organization>> LIST =
            Endpoint.get("/v1/organizations").returns(new TypeReference<List<Organization>>() {});

    /** {@code GET /v1/organizations/{organizationId}}. */
    public static final Endpoint<Organization> GET = ORGANIZATION.get("").returns(Organization.class);

    /** {@code PATCH /v1/organizations/{organizationId}}. */
    public static final Endpoint<Organization> UPDATE =
            ORGANIZATION.patch("").jsonBody().returns(Organization.class);

    /** {@code GET …/usageCost?from_date=…&to_date=…}, with a repeatable {@code filter} ({@code tag:Key=Value}). */
    public static final Endpoint<UsageCost> USAGE_COST = ORGANIZATION
            .get("/usageCost")
            .query("from_date", "to_date", "filter")
            .returns(UsageCost.class);

    /** {@code GET …/prometheus?filtered_metrics=…}: the metrics of every service, as Prometheus text. */
    public static final Endpoint<String> PROMETHEUS =
            ORGANIZATION.get("/prometheus").query("filtered_metrics").returns(ResponseKind.text());
}
