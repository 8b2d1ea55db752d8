package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Invoker;

/**
 * ClickStack, the observability stack of a service, {@code …/services/{serviceId}/clickstack/…}: its resources, each
 * taking the service id per call. Get it from {@link Services#clickStack()}; the resources keep the options of the
 * view they were reached through.
 *
 * <pre>{@code
 * List<ClickStackSavedSearch> searches = ch.services().clickStack().savedSearches().list(serviceId);
 * }</pre>
 *
 * <p>The API calls every ClickStack operation beta (with a stable contract), hence {@link Beta}.
 */
@Beta
public final class ClickStack {
    private final Invoker invoker;
    private final OrganizationResolver organization;

    ClickStack(Invoker invoker, OrganizationResolver organization) {
        this.invoker = invoker;
        this.organization = organization;
    }

    /**
     * @return the saved searches of a service, {@code …/clickstack/saved-searches}
     */
    public ClickStackSavedSearches savedSearches() {
        return new ClickStackSavedSearches(invoker, organization);
    }

    /**
     * @return the webhooks alerts notify through, {@code …/clickstack/webhooks}
     */
    public ClickStackWebhooks webhooks() {
        return new ClickStackWebhooks(invoker, organization);
    }

    /**
     * @return the roles of the service's ClickStack team, {@code …/clickstack/roles}
     */
    public ClickStackRoles roles() {
        return new ClickStackRoles(invoker, organization);
    }

    /**
     * @return the sources searches, dashboards and alerts read from, {@code …/clickstack/sources}
     */
    public ClickStackSources sources() {
        return new ClickStackSources(invoker, organization);
    }

    /**
     * @return the alerts on saved searches and dashboard tiles, {@code …/clickstack/alerts}
     */
    public ClickStackAlerts alerts() {
        return new ClickStackAlerts(invoker, organization);
    }

    /**
     * @return the dashboards, {@code …/clickstack/dashboards}
     */
    public ClickStackDashboards dashboards() {
        return new ClickStackDashboards(invoker, organization);
    }
}
