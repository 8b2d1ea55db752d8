package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.SortOrder;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@link Clusters#list(ListClustersParams)}: paging, order and team.
 *
 * <pre>{@code
 * ListClustersParams.builder().limit(50).order(SortOrder.DESC).build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListClustersParamsDef {
    /** @return start after this cursor: the {@code next_cursor} of the previous page ({@code cursor}) */
    abstract Optional<String> cursor();

    /** @return items per page, 1 to 100; the API's default is 100 ({@code limit}) */
    abstract Optional<Integer> limit();

    /** @return the direction, ascending by default ({@code order}) */
    abstract Optional<SortOrder> order();

    /** @return the field to order by: {@code id} or {@code name} (the default) ({@code order_field}) */
    abstract Optional<String> orderField();

    /** @return only this team's items; by default the API uses the caller's ({@code team_id}) */
    abstract Optional<String> teamId();

    @Value.Check
    void check() {
        ParamChecks.paging(cursor(), limit(), 100, order(), orderField());
        teamId().ifPresent(team -> Eids.check(team, "teamId"));
    }

    /** Binds the parameters to the query of the list request. */
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        return ListResponses.paging(call, cursor(), limit(), order(), orderField())
                .query("team_id", teamId().orElse(null));
    }
}
