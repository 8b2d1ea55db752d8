package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@link Events#list(ListEventsParams)}: paging and order, one cluster or one team, event kinds and a
 * delay. It takes up to 200 items per page and orders by {@code id} ({@code order_field}). Without a cluster or team
 * the list covers the events the calling account caused.
 *
 * <pre>{@code
 * ListEventsParams.builder().teamId(teamId).addKinds("cluster.created", "cluster.suspended").delaySeconds(10).build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListEventsParamsDef extends PagingParams {
    ListEventsParamsDef() {
        super(200);
    }

    /** @return only this cluster's events, a Crunchy Bridge ID; not with {@link #teamId()} ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return only this team's events, a Crunchy Bridge ID; not with {@link #clusterId()} ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return only events of these kinds, e.g. {@code cluster.created}; the parameter repeats ({@code kind}) */
    abstract List<String> kinds();

    /**
     * @return hold events back this many seconds, 0 to 30, so that none committed out of ID order is skipped; the
     *     request may then last that long ({@code delay})
     */
    abstract Optional<Integer> delaySeconds();

    /** Refuses what {@link PagingParams} refuses, IDs that are not EIDs, both filters, blank kinds, a bad delay. */
    @Override
    @Value.Check
    void check() {
        super.check();
        clusterId().ifPresent(id -> Eids.check(id, "clusterId"));
        teamId().ifPresent(id -> Eids.check(id, "teamId"));
        ParamChecks.notBoth(clusterId(), "clusterId", teamId(), "teamId");
        kinds().forEach(kind -> ParamChecks.text(kind, "kinds"));
        delaySeconds().filter(d -> d < 0 || d > 30).ifPresent(d -> {
            throw new IllegalArgumentException("delaySeconds must be between 0 and 30 but was " + d);
        });
    }

    @Override
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        Endpoint.Call<T> bound = super.bind(call)
                .query("cluster_id", clusterId().orElse(null))
                .query("team_id", teamId().orElse(null))
                .query("delay", delaySeconds().orElse(null));
        for (String kind : kinds()) {
            bound = bound.query("kind", kind);
        }
        return bound;
    }
}
