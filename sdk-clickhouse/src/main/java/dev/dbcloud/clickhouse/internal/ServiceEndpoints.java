package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.CreatedService;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/services}, each declared once; {@code Services}
 * and its workflows send them through an {@code OrganizationInvoker}, which fills in the organization.
 */
public final class ServiceEndpoints {
    /** The collection's path, which every service endpoint starts with. */
    public static final String SERVICES = "/v1/organizations/{organizationId}/services";

    /** The endpoints under one service, {@code …/services/{serviceId}}. */
    public static final EndpointGroup SERVICE = EndpointGroup.of(SERVICES + "/{serviceId}");

    private ServiceEndpoints() {}

    /** {@code GET …/services}, with a repeatable {@code filter} ({@code tag:Key=Value} or {@code tag:Key}). */
    public static final Endpoint<List<Service>> LIST =
            Endpoint.get(SERVICES).query("filter").returns(new TypeReference<List<Service>>() {});

    /** {@code POST …/services}. */
    public static final Endpoint<CreatedService> CREATE =
            Endpoint.post(SERVICES).jsonBody().secretResponse().returns(CreatedService.class);

    /** {@code GET …/services/{serviceId}}. */
    public static final Endpoint<Service> GET = SERVICE.get("").returns(Service.class);

    /** {@code PATCH …/services/{serviceId}}. */
    public static final Endpoint<Service> UPDATE = SERVICE.patch("").jsonBody().returns(Service.class);

    /** {@code DELETE …/services/{serviceId}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = SERVICE.delete("").returnsNothing();

    /** {@code PATCH …/services/{serviceId}/state} with {@code {"command": "start" | "stop" | "awake"}}. */
    public static final Endpoint<Service> CHANGE_STATE =
            SERVICE.patch("/state").jsonBody().returns(Service.class);

    /**
     * {@code PATCH …/services/{serviceId}/scaling} (legacy total-memory settings).
     *
     * @deprecated the specification deprecates the operation; {@link #UPDATE_REPLICA_SCALING} replaces it
     */
    @Deprecated
    public static final Endpoint<Service> UPDATE_SCALING =
            SERVICE.patch("/scaling").jsonBody().returns(Service.class);

    /** {@code PATCH …/services/{serviceId}/replicaScaling}. */
    public static final Endpoint<Service> UPDATE_REPLICA_SCALING =
            SERVICE.patch("/replicaScaling").jsonBody().returns(Service.class);
}
