package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Endpoints declared under a shared prefix keep its checks and add their method and path. */
class EndpointGroupTest {
    static final EndpointGroup TEAM = EndpointGroup.of("/teams/{team_id}").check("team_id", (value, name) -> {
        if (!value.startsWith("t")) {
            throw new IllegalArgumentException(name + " must start with t");
        }
        return value;
    });
    static final EndpointGroup THING = TEAM.at("/things/{thing_id}");

    @Test
    void eachVerbAddsItsMethodAndTheRestOfThePath() {
        List<Endpoint<Void>> endpoints = List.of(
                TEAM.get("").returnsNothing(),
                TEAM.get("/members").returnsNothing(),
                TEAM.post("/members").returnsNothing(),
                TEAM.put("/owner").returnsNothing(),
                TEAM.patch("").returnsNothing(),
                TEAM.delete("").returnsNothing(),
                THING.delete("/tags").returnsNothing());

        assertThat(endpoints)
                .extracting(Endpoint::toString)
                .containsExactly(
                        "GET /teams/{team_id}",
                        "GET /teams/{team_id}/members",
                        "POST /teams/{team_id}/members",
                        "PUT /teams/{team_id}/owner",
                        "PATCH /teams/{team_id}",
                        "DELETE /teams/{team_id}",
                        "DELETE /teams/{team_id}/things/{thing_id}/tags");
        assertThat(THING).hasToString("/teams/{team_id}/things/{thing_id}");
    }

    @Test
    void theGroupsChecksRunOnEveryEndpointAndNestedGroupsKeepThem() {
        Endpoint<Void> member = TEAM.get("/members").returnsNothing();
        Endpoint<Void> thing = THING.check("thing_id", (value, name) -> {
                    throw new IllegalArgumentException(name + " refused");
                })
                .get("")
                .returnsNothing();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> member.call("x1"))
                .withMessage("teamId must start with t");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> thing.call("x1", "a"))
                .withMessage("teamId must start with t");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> thing.call("t1", "a"))
                .withMessage("thingId refused");
        assertThat(member.call("t1")).isNotNull();
    }
}
