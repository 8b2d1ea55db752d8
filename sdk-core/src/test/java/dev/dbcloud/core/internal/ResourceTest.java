package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.testing.Wire;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A resource written the way API modules write theirs: typed call = raw call + value(). */
class ResourceTest {
    record Thing(String id) {}

    static final Endpoint<Thing> GET = Endpoint.get("/things/{id}").returns(Thing.class);

    static final class Things extends Resource<Things, Things.Raw> {
        Things(Invoker invoker) {
            super(invoker, Things::new, Raw::new);
        }

        Thing get(String id) {
            return withRawResponse().get(id).value();
        }

        Iterable<Thing> all() {
            return Page.lazily(() -> Page.of(List.of(get("a")), false, null, null, cursor -> null));
        }

        static final class Raw extends RawResource<Raw> {
            Raw(Invoker invoker) {
                super(invoker, Raw::new);
            }

            ApiResponse<Thing> get(String id) {
                return send(GET.call(id));
            }

            RequestOptions options() {
                return invoker().options();
            }
        }
    }

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);
    private HttpEngine engine;
    private Things things;

    @BeforeEach
    void start() {
        engine = fixture.engine();
        things = new Things(Invoker.create(engine));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void optionsAndRawViewsComposeInEitherOrder() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Wire.json(200, "{\"id\":\"a\"}"));
        }
        RequestOptions a = RequestOptions.builder().header("X-A", "1").build();
        RequestOptions b = RequestOptions.builder().header("X-B", "2").build();

        assertThat(things.withOptions(a).get("a")).isEqualTo(new Thing("a"));
        assertThat(things.withOptions(a)
                        .withRawResponse()
                        .withOptions(b)
                        .get("a")
                        .statusCode())
                .isEqualTo(200);
        assertThat(things.withRawResponse().options()).isSameAs(RequestOptions.none());

        RecordedRequest first = server.takeRequest();
        assertThat(first.getHeaders().get("X-A")).isEqualTo("1");
        RecordedRequest second = server.takeRequest();
        assertThat(second.getHeaders().get("X-A")).isEqualTo("1");
        assertThat(second.getHeaders().get("X-B")).isEqualTo("2");

        Iterable<Thing> lazy = things.all();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(lazy).containsExactly(new Thing("a"));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
