package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.OrganizationEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;

/** {@link Organizations#current()}: the organization the client works in, discovered first if need be. */
final class CurrentOrganization {
    private CurrentOrganization() {}

    /**
     * Resolves the client's organization (one {@code GET /v1/organizations} when it is not known yet), then gets it.
     *
     * @param org the organization invoker of the call's view
     * @return the organization
     */
    static Organization get(OrganizationInvoker org) {
        return org.send(OrganizationEndpoints.GET).value();
    }
}
