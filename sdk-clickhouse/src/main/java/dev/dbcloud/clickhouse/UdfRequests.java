package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.clickhouse.internal.UdfEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.internal.Json;
import java.util.Map;

/** The requests of {@link Udfs} whose body is made from more than one argument; each sends exactly one request. */
final class UdfRequests {
    private UdfRequests() {}

    /** {@code POST …/udfs} with the version's parameters and the function's name in one body. */
    static ApiResponse<Udf> create(OrganizationInvoker org, String functionName, UdfVersionParams params) {
        UdfEndpoints.name(functionName, "functionName");
        requireNonNull(params, "params == null");
        ObjectNode body = (ObjectNode) Json.toTree(params);
        body.put("functionName", functionName);
        return org.sendWith(UdfEndpoints.CREATE, body);
    }

    /** {@code PUT …/attachments/{serviceId}} with {@code {}}: the latest ready version. */
    static ApiResponse<UdfAttachment> attach(OrganizationInvoker org, String functionName, String serviceId) {
        return org.sendWith(UdfEndpoints.ATTACH, Map.of(), functionName, serviceId);
    }

    /** {@code PUT …/attachments/{serviceId}} with {@code {"version": n}}. */
    static ApiResponse<UdfAttachment> attach(
            OrganizationInvoker org, String functionName, String serviceId, int version) {
        UdfEndpoints.version(Integer.toString(version), "version");
        return org.sendWith(UdfEndpoints.ATTACH, Map.of("version", version), functionName, serviceId);
    }
}
