package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.Changelog;
import dev.dbcloud.crunchy.Event;
import dev.dbcloud.crunchy.MetricView;
import dev.dbcloud.crunchy.Query;

/**
 * The endpoints of the audit events, the product changelog, metric views and SQL queries, each declared once. Event IDs are checked to be
 * Crunchy Bridge IDs before sending; a changelog entry is named by its ID or its name, so either is sent as given.
 */
public final class ActivityEndpoints {
    private ActivityEndpoints() {}

    /** {@code GET /events}. */
    public static final Endpoint<Page<Event>> LIST_EVENTS = Endpoint.get("/events")
            .query(ListResponses.PAGING)
            .query("cluster_id", "team_id", "kind", "delay")
            .returns(ListResponses.page(new TypeReference<ListResponses.CursorPage<Event>>() {}));

    /** {@code GET /events/{event_id}}. */
    public static final Endpoint<Event> GET_EVENT =
            Endpoint.get("/events/{event_id}").check("event_id", Eids::check).returns(Event.class);

    /** {@code GET /changelogs}. */
    public static final Endpoint<Page<Changelog>> LIST_CHANGELOGS = Endpoint.get("/changelogs")
            .query(ListResponses.PAGING)
            .query("component")
            .returns(ListResponses.page(new TypeReference<ListResponses.CursorPage<Changelog>>() {}));

    /** {@code GET /changelogs/{changelog_id_or_name}}: the argument is named {@code idOrName} in messages. */
    public static final Endpoint<Changelog> GET_CHANGELOG = Endpoint.get("/changelogs/{changelog_id_or_name}")
            .check("changelog_id_or_name", ParamChecks::idOrName)
            .returns(Changelog.class);

    /** {@code GET /metric-views/{name}}: the window goes in {@code begin} and {@code end}, as the spec has it. */
    public static final Endpoint<MetricView> GET_METRIC_VIEW = Endpoint.get("/metric-views/{name}")
            .query("cluster_id", "period", "begin", "end", "resolution_multiplier")
            .returns(MetricView.class);

    /** {@code POST /queries} (201): SQL and rows may hold secrets, so neither body is ever shown. */
    public static final Endpoint<Query> CREATE_QUERY = Endpoint.post("/queries")
            .jsonBody()
            .secretRequest()
            .secretResponse()
            .returns(Query.class);
}
