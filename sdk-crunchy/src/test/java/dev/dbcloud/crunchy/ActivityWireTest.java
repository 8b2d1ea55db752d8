package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.Page;
import dev.dbcloud.core.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events and changelogs on the wire, decoded from the spec's {@code EventList} example and its schemas. */
class ActivityWireTest extends MockApiTest {
    static final String EVENT_ID = "klkvpx5enfdilaehwhvnmcfoiy";
    static final String EVENT = "{\"actor_email\":null,\"actor_id\":\"qvcw4hylovgyzbwzp53bmmlhga\","
            + "\"actor_ip\":\"192.0.2.1\",\"cluster_id\":\"rvf73a77ozfsvcttryebfrnlem\","
            + "\"created_at\":\"2021-07-11T01:02:03Z\",\"data\":{\"id\":\"p56biajnfvgjhftvqs7lqymspe\","
            + "\"name\":\"example-network\"},\"description\":\"An account created an example network.\","
            + "\"id\":\"klkvpx5enfdilaehwhvnmcfoiy\",\"kind\":\"network.created\","
            + "\"object_id\":\"p56biajnfvgjhftvqs7lqymspe\",\"object_kind\":\"network\",\"previous_properties\":null,"
            + "\"request_id\":\"27a532f4-5bc8-4810-b602-88475a93167c\",\"team_id\":\"eaevtjiudzeq7bsqbbpiscund4\"}";
    /** The spec's {@code EventList} example. */
    static final String EVENT_LIST = "{\"events\":[" + EVENT + "],\"has_more\":false,\"next_cursor\":null}";

    static final String CHANGELOG = "{\"id\":\"" + TEAM_ID + "\",\"component\":\"postgres\",\"name\":\"postgres-18\","
            + "\"title\":\"Postgres 18\",\"description\":\"Postgres 18 is available.\","
            + "\"published_at\":\"2025-09-25T00:00:00Z\",\"created_at\":\"2025-09-24T00:00:00Z\","
            + "\"updated_at\":\"2025-09-25T00:00:00Z\"}";

    @Test
    void eventsListDecodesTheSpecExampleAndSendsEveryParameter() throws Exception {
        server.enqueue(json(200, EVENT_LIST));

        Page<Event> page = cb().events()
                .list(ListEventsParams.builder()
                        .clusterId(CLUSTER_ID)
                        .addKinds("cluster.created", "cluster.suspended")
                        .delaySeconds(10)
                        .limit(50)
                        .cursor(EVENT_ID)
                        .build());

        assertThat(page.items()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(EVENT_ID);
            assertThat(e.kind()).contains("network.created");
            assertThat(e.objectId()).contains("p56biajnfvgjhftvqs7lqymspe");
            assertThat(e.objectKind()).contains("network");
            assertThat(e.description()).contains("An account created an example network.");
            assertThat(e.data()).isEqualTo(Map.of("id", "p56biajnfvgjhftvqs7lqymspe", "name", "example-network"));
            assertThat(e.previousProperties()).isEmpty();
            assertThat(e.actorId()).contains("qvcw4hylovgyzbwzp53bmmlhga");
            assertThat(e.actorEmail()).isEmpty();
            assertThat(e.actorIp()).contains("192.0.2.1");
            assertThat(e.clusterId()).contains(CLUSTER_ID);
            assertThat(e.teamId()).contains(TEAM_ID);
            assertThat(e.requestId()).contains("27a532f4-5bc8-4810-b602-88475a93167c");
            assertThat(e.createdAt()).contains(Instant.parse("2021-07-11T01:02:03Z"));
        });
        take(
                "GET",
                "/events?cursor=" + EVENT_ID + "&limit=50&cluster_id=" + CLUSTER_ID
                        + "&delay=10&kind=cluster.created&kind=cluster.suspended");
    }

    @Test
    void eventsStopOnHasMoreEvenWithACursorAndGetOne() throws Exception {
        server.enqueue(json(200, EVENT_LIST.replace("\"next_cursor\":null", "\"next_cursor\":\"" + EVENT_ID + "\"")));
        server.enqueue(json(200, EVENT));

        List<Event> all = new ArrayList<>();
        cb().events()
                .list(ListEventsParams.builder()
                        .teamId(TEAM_ID)
                        .order(SortOrder.DESC)
                        .limit(1)
                        .build())
                .autoPager()
                .forEach(all::add);
        Event one = cb().events().get(EVENT_ID);

        assertThat(all).hasSize(1);
        assertThat(one.id()).isEqualTo(EVENT_ID);
        take("GET", "/events?limit=1&order=desc&team_id=" + TEAM_ID);
        take("GET", "/events/" + EVENT_ID);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void changelogsListByComponentAndGetByName() throws Exception {
        server.enqueue(json(200, Fixtures.page("changelogs", CHANGELOG, false, null)));
        server.enqueue(json(200, CHANGELOG.replace("\"postgres\"", "\"billing\"")));

        Page<Changelog> page = cb().changelogs()
                .list(ListChangelogsParams.builder()
                        .component(ChangelogComponent.POSTGRES)
                        .order(SortOrder.DESC)
                        .build());
        Changelog byName = cb().changelogs().get("postgres-18");

        assertThat(page.items()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(TEAM_ID);
            assertThat(c.name()).contains("postgres-18");
            assertThat(c.component()).contains(ChangelogComponent.POSTGRES);
            assertThat(c.title()).contains("Postgres 18");
            assertThat(c.description()).contains("Postgres 18 is available.");
            assertThat(c.publishedAt()).contains(Instant.parse("2025-09-25T00:00:00Z"));
            assertThat(c.createdAt()).contains(Instant.parse("2025-09-24T00:00:00Z"));
            assertThat(c.updatedAt()).contains(Instant.parse("2025-09-25T00:00:00Z"));
        });
        assertThat(byName.component()).hasValueSatisfying(component -> {
            assertThat(component.value()).isEqualTo("billing");
            assertThat(component.isKnown()).isFalse();
        });
        take("GET", "/changelogs?order=desc&component=postgres");
        take("GET", "/changelogs/postgres-18");
    }

    /** The spec's {@code MetricView} example. */
    static final String METRIC_VIEW = "{\"category\":{\"id\":\"general\",\"name\":\"General\","
            + "\"description\":\"General cluster metrics\"},\"name\":\"cpu\",\"series\":[{\"name\":\"cpu\","
            + "\"title\":\"CPU usage\",\"points\":[{\"period_begin\":\"2026-01-01T00:00:00Z\","
            + "\"period_end\":\"2026-01-01T00:01:00Z\",\"time\":\"2026-01-01T00:00:00Z\",\"value\":0.25}]}]}";

    @Test
    void metricViewDecodesTheSpecExampleAndSendsTheWindow() throws Exception {
        server.enqueue(json(200, METRIC_VIEW));
        server.enqueue(json(200, METRIC_VIEW));

        MetricView cpu = cb().metricViews()
                .get(
                        "cpu",
                        MetricViewParams.builder()
                                .clusterId(CLUSTER_ID)
                                .period("1h")
                                .resolutionMultiplier(2)
                                .build());
        cb().metricViews()
                .get(
                        "replication-lag",
                        MetricViewParams.builder()
                                .clusterId(CLUSTER_ID)
                                .begin(Instant.parse("2026-01-01T00:00:00Z"))
                                .end(Instant.parse("2026-01-02T00:00:00Z"))
                                .build());

        assertThat(cpu.name()).contains("cpu");
        assertThat(cpu.category()).hasValueSatisfying(c -> {
            assertThat(c.id()).contains("general");
            assertThat(c.name()).contains("General");
            assertThat(c.description()).contains("General cluster metrics");
        });
        assertThat(cpu.series()).singleElement().satisfies(series -> {
            assertThat(series.name()).contains("cpu");
            assertThat(series.title()).contains("CPU usage");
            assertThat(series.unit()).isEmpty();
            assertThat(series.points()).singleElement().satisfies(p -> {
                assertThat(p.periodBegin()).contains(Instant.parse("2026-01-01T00:00:00Z"));
                assertThat(p.periodEnd()).contains(Instant.parse("2026-01-01T00:01:00Z"));
                assertThat(p.time()).contains(Instant.parse("2026-01-01T00:00:00Z"));
                assertThat(p.value()).contains(0.25);
            });
        });
        take("GET", "/metric-views/cpu?cluster_id=" + CLUSTER_ID + "&period=1h&resolution_multiplier=2");
        take(
                "GET",
                "/metric-views/replication-lag?cluster_id=" + CLUSTER_ID
                        + "&begin=2026-01-01T00%3A00%3A00Z&end=2026-01-02T00%3A00%3A00Z");
    }

    @Test
    void metricViewParamsAreChecked() {
        assertThatThrownBy(() -> MetricViewParams.builder()
                        .clusterId(CLUSTER_ID)
                        .period("2h")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be one of 15m, 60m, 1h, 3h, 6h, 12h, 24h, 1d, 7d, 1w, 30d but was \"2h\"");
        assertThatThrownBy(() -> MetricViewParams.builder()
                        .clusterId(CLUSTER_ID)
                        .period("1h")
                        .begin(Instant.parse("2026-01-01T00:00:00Z"))
                        .end(Instant.parse("2026-01-02T00:00:00Z"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must not be set with begin or end");
        assertThatThrownBy(() -> MetricViewParams.builder()
                        .clusterId(CLUSTER_ID)
                        .begin(Instant.parse("2026-01-01T00:00:00Z"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("begin and end must be set together");
        assertThatThrownBy(() -> MetricViewParams.builder()
                        .clusterId(CLUSTER_ID)
                        .resolutionMultiplier(3)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolutionMultiplier must be 1, 2, 4 or 8 but was 3");
        assertThatThrownBy(() -> MetricViewParams.builder().clusterId("c").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clusterId \"c\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> cb().metricViews()
                        .get(
                                " ",
                                MetricViewParams.builder().clusterId(CLUSTER_ID).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void badArgumentsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> ListEventsParams.builder()
                        .clusterId(CLUSTER_ID)
                        .teamId(TEAM_ID)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clusterId and teamId must not both be set");
        assertThatThrownBy(() -> ListEventsParams.builder().delaySeconds(31).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delaySeconds must be between 0 and 30 but was 31");
        assertThatThrownBy(() -> ListEventsParams.builder().clusterId("c").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clusterId \"c\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> ListEventsParams.builder().addKinds(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kinds");
        assertThatThrownBy(() -> cb().events().get("e1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("eventId \"e1\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> cb().changelogs().get(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idOrName");
        assertThat(ListEventsParams.builder().delaySeconds(0).build().delaySeconds())
                .contains(0);
        assertThat(server.getRequestCount()).isZero();
    }
}
