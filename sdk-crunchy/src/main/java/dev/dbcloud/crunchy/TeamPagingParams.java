package dev.dbcloud.crunchy;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.internal.Eids;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters of a cursor-paged list of one team's items ({@code GET /clusters}, {@code GET /networks}): the
 * {@link PagingParams paging parameters} and the team ({@code team_id}).
 */
abstract class TeamPagingParams extends PagingParams {
    /** @param maxLimit the largest {@code limit} the list accepts */
    TeamPagingParams(int maxLimit) {
        super(maxLimit);
    }

    /** @return only this team's items; by default the API uses the caller's ({@code team_id}) */
    abstract Optional<String> teamId();

    /** Refuses what {@link PagingParams} refuses, and a team id that is not an EID. */
    @Override
    @Value.Check
    void check() {
        super.check();
        teamId().ifPresent(team -> Eids.check(team, "teamId"));
    }

    @Override
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        return super.bind(call).query("team_id", teamId().orElse(null));
    }
}
