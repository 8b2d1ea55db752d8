package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.ClickStackAlert;
import dev.dbcloud.clickhouse.ClickStackDashboard;
import dev.dbcloud.clickhouse.ClickStackDashboardValidation;
import dev.dbcloud.clickhouse.ClickStackRole;
import dev.dbcloud.clickhouse.ClickStackSavedSearch;
import dev.dbcloud.clickhouse.ClickStackSource;
import dev.dbcloud.clickhouse.ClickStackWebhook;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The ClickStack endpoints of a service, {@code …/services/{serviceId}/clickstack/…}, each declared once; the
 * resources under {@code ClickStack} send them. The specification calls every one of them a (stable) beta. A bad id
 * is refused naming the resource's parameter ({@code savedSearchId}, …). Webhooks carry credentials in their URLs,
 * headers and query parameters: their request bodies and answers are kept out of TRACE lines and exception excerpts.
 */
@Beta
public final class ClickStackEndpoints {
    private static final EndpointGroup CLICKSTACK = ServiceEndpoints.SERVICE.at("/clickstack");
    private static final String SAVED_SEARCHES = "/saved-searches";
    private static final EndpointGroup SAVED_SEARCH = CLICKSTACK
            .at(SAVED_SEARCHES + "/{clickStackSavedSearchId}")
            .check("clickStackSavedSearchId", (value, name) -> Checks.pathSegment(value, "savedSearchId"));
    private static final String WEBHOOKS = "/webhooks";
    private static final EndpointGroup WEBHOOK = CLICKSTACK
            .at(WEBHOOKS + "/{clickStackWebhookId}")
            .check("clickStackWebhookId", (value, name) -> Checks.pathSegment(value, "webhookId"));
    private static final String ROLES = "/roles";
    private static final EndpointGroup ROLE = CLICKSTACK
            .at(ROLES + "/{clickStackRoleId}")
            .check("clickStackRoleId", (value, name) -> Checks.pathSegment(value, "roleId"));
    private static final Collection<ClickStackSource> SOURCES = Collection.of(
            "/sources", "clickStackSourceId", "sourceId", ClickStackSource.class, new TypeReference<>() {});
    private static final Collection<ClickStackAlert> ALERTS =
            Collection.of("/alerts", "clickStackAlertId", "alertId", ClickStackAlert.class, new TypeReference<>() {});
    private static final Collection<ClickStackDashboard> DASHBOARDS = Collection.of(
            "/dashboards", "clickStackDashboardId", "dashboardId", ClickStackDashboard.class, new TypeReference<>() {});

    private ClickStackEndpoints() {}

    /** {@code GET …/clickstack/saved-searches}. */
    public static final Endpoint<List<ClickStackSavedSearch>> LIST_SAVED_SEARCHES =
            CLICKSTACK.get(SAVED_SEARCHES).returns(new TypeReference<List<ClickStackSavedSearch>>() {});

    /** {@code POST …/clickstack/saved-searches}. */
    public static final Endpoint<ClickStackSavedSearch> CREATE_SAVED_SEARCH =
            CLICKSTACK.post(SAVED_SEARCHES).jsonBody().returns(ClickStackSavedSearch.class);

    /** {@code GET …/clickstack/saved-searches/{clickStackSavedSearchId}}. */
    public static final Endpoint<ClickStackSavedSearch> GET_SAVED_SEARCH =
            SAVED_SEARCH.get("").returns(ClickStackSavedSearch.class);

    /** {@code PUT …/clickstack/saved-searches/{clickStackSavedSearchId}}, a full replace. */
    public static final Endpoint<ClickStackSavedSearch> UPDATE_SAVED_SEARCH =
            SAVED_SEARCH.put("").jsonBody().returns(ClickStackSavedSearch.class);

    /** {@code DELETE …/clickstack/saved-searches/{clickStackSavedSearchId}}, with the alerts attached to it. */
    public static final Endpoint<Void> DELETE_SAVED_SEARCH =
            SAVED_SEARCH.delete("").returnsNothing();

    /** {@code GET …/clickstack/webhooks}; the answers carry the webhooks' URLs. */
    public static final Endpoint<List<ClickStackWebhook>> LIST_WEBHOOKS =
            CLICKSTACK.get(WEBHOOKS).secretResponse().returns(new TypeReference<List<ClickStackWebhook>>() {});

    /** {@code POST …/clickstack/webhooks}, with the URL, headers and query parameters in the body. */
    public static final Endpoint<ClickStackWebhook> CREATE_WEBHOOK = CLICKSTACK
            .post(WEBHOOKS)
            .jsonBody()
            .secretRequest()
            .secretResponse()
            .returns(ClickStackWebhook.class);

    /** {@code PUT …/clickstack/webhooks/{clickStackWebhookId}}. */
    public static final Endpoint<ClickStackWebhook> UPDATE_WEBHOOK =
            WEBHOOK.put("").jsonBody().secretRequest().secretResponse().returns(ClickStackWebhook.class);

    /** {@code DELETE …/clickstack/webhooks/{clickStackWebhookId}}; 409 while an alert uses the webhook. */
    public static final Endpoint<Void> DELETE_WEBHOOK = WEBHOOK.delete("").returnsNothing();

    /** {@code GET …/clickstack/roles}, the predefined roles included. */
    public static final Endpoint<List<ClickStackRole>> LIST_ROLES =
            CLICKSTACK.get(ROLES).returns(new TypeReference<List<ClickStackRole>>() {});

    /** {@code POST …/clickstack/roles}. */
    public static final Endpoint<ClickStackRole> CREATE_ROLE =
            CLICKSTACK.post(ROLES).jsonBody().returns(ClickStackRole.class);

    /** {@code GET …/clickstack/roles/{clickStackRoleId}}. */
    public static final Endpoint<ClickStackRole> GET_ROLE = ROLE.get("").returns(ClickStackRole.class);

    /** {@code PUT …/clickstack/roles/{clickStackRoleId}}. */
    public static final Endpoint<ClickStackRole> UPDATE_ROLE =
            ROLE.put("").jsonBody().returns(ClickStackRole.class);

    /** {@code DELETE …/clickstack/roles/{clickStackRoleId}}. */
    public static final Endpoint<Void> DELETE_ROLE = ROLE.delete("").returnsNothing();

    /** {@code GET …/clickstack/sources}. */
    public static final Endpoint<List<ClickStackSource>> LIST_SOURCES = SOURCES.list();

    /** {@code POST …/clickstack/sources}. */
    public static final Endpoint<ClickStackSource> CREATE_SOURCE = SOURCES.create();

    /** {@code GET …/clickstack/sources/{clickStackSourceId}}. */
    public static final Endpoint<ClickStackSource> GET_SOURCE = SOURCES.get();

    /** {@code PUT …/clickstack/sources/{clickStackSourceId}}, a full replace. */
    public static final Endpoint<ClickStackSource> UPDATE_SOURCE = SOURCES.update();

    /** {@code DELETE …/clickstack/sources/{clickStackSourceId}}. */
    public static final Endpoint<Void> DELETE_SOURCE = SOURCES.delete();

    /** {@code GET …/clickstack/alerts}, at most the API's default page (1000 alerts). */
    public static final Endpoint<List<ClickStackAlert>> LIST_ALERTS = ALERTS.list();

    /** {@code POST …/clickstack/alerts}. */
    public static final Endpoint<ClickStackAlert> CREATE_ALERT = ALERTS.create();

    /** {@code GET …/clickstack/alerts/{clickStackAlertId}}. */
    public static final Endpoint<ClickStackAlert> GET_ALERT = ALERTS.get();

    /** {@code PUT …/clickstack/alerts/{clickStackAlertId}}. */
    public static final Endpoint<ClickStackAlert> UPDATE_ALERT = ALERTS.update();

    /** {@code DELETE …/clickstack/alerts/{clickStackAlertId}}. */
    public static final Endpoint<Void> DELETE_ALERT = ALERTS.delete();

    /** {@code POST …/clickstack/dashboards/validate}: checks a body, never stores it. */
    public static final Endpoint<ClickStackDashboardValidation> VALIDATE_DASHBOARD =
            CLICKSTACK.post("/dashboards/validate").jsonBody().returns(ClickStackDashboardValidation.class);

    /** {@code GET …/clickstack/dashboards}. */
    public static final Endpoint<List<ClickStackDashboard>> LIST_DASHBOARDS = DASHBOARDS.list();

    /** {@code POST …/clickstack/dashboards}. */
    public static final Endpoint<ClickStackDashboard> CREATE_DASHBOARD = DASHBOARDS.create();

    /** {@code GET …/clickstack/dashboards/{clickStackDashboardId}}. */
    public static final Endpoint<ClickStackDashboard> GET_DASHBOARD = DASHBOARDS.get();

    /** {@code PUT …/clickstack/dashboards/{clickStackDashboardId}}, a full replace. */
    public static final Endpoint<ClickStackDashboard> UPDATE_DASHBOARD = DASHBOARDS.update();

    /** {@code DELETE …/clickstack/dashboards/{clickStackDashboardId}}. */
    public static final Endpoint<Void> DELETE_DASHBOARD = DASHBOARDS.delete();

    /**
     * The five endpoints of a ClickStack collection that is listed, created, read, replaced and deleted alike: {@code
     * GET} and {@code POST} on the collection, {@code GET}, {@code PUT} (a full replace) and {@code DELETE} on one of
     * its items, whose id is checked as a path segment, naming the resource's parameter.
     */
    private record Collection<T>(
            Endpoint<List<T>> list, Endpoint<T> create, Endpoint<T> get, Endpoint<T> update, Endpoint<Void> delete) {

        static <T> Collection<T> of(
                String path, String placeholder, String parameter, Class<T> type, TypeReference<List<T>> listType) {
            EndpointGroup item = CLICKSTACK
                    .at(path + "/{" + placeholder + "}")
                    .check(placeholder, (value, name) -> Checks.pathSegment(value, parameter));
            return new Collection<>(
                    CLICKSTACK.get(path).returns(listType),
                    CLICKSTACK.post(path).jsonBody().returns(type),
                    item.get("").returns(type),
                    item.put("").jsonBody().returns(type),
                    item.delete("").returnsNothing());
        }
    }
}
