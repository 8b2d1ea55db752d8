package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ServiceAccessEndpoints;
import dev.dbcloud.clickhouse.internal.ServiceEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.core.errors.NotFoundException;
import java.util.Optional;

/**
 * Reads a service's query API endpoint, telling "no endpoint" from "no service", for {@link
 * Services#queryEndpoint(String)}: {@code GET …/services/{serviceId}/serviceQueryEndpoint}, and after a 404 one
 * {@code GET …/services/{serviceId}}, since the API answers 404 in both cases.
 */
final class QueryEndpointLookup {
    private QueryEndpointLookup() {}

    static Optional<ServiceQueryEndpoint> find(OrganizationInvoker org, String serviceId) {
        try {
            return org.send(ServiceAccessEndpoints.GET_QUERY_ENDPOINT, serviceId)
                    .value();
        } catch (NotFoundException noEndpointOrNoService) {
            org.send(ServiceEndpoints.GET, serviceId); // throws NotFoundException when the service is missing
            return Optional.empty();
        }
    }
}
