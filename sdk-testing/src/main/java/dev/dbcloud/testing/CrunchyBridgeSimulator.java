package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Crunchy Bridge platform API, simulated: bare snake_case JSON; errors {@code {"code", "is_transient",
 * "message", "request_id"}}; {@code X-Request-Id} on every answer; idempotency keys on POST and PATCH. Each
 * resource is a {@link Part} of its own: {@link CrunchyCatalog} (providers, Postgres versions, teams), {@link
 * CrunchyClusters} (clusters, their lifecycle and backups), {@link CrunchyConfigurationParameters} (the catalogue
 * and each cluster's values) and {@link CrunchyNetworks} (networks and their firewall rules).
 */
final class CrunchyBridgeSimulator implements SimulatedApi {
    static final Duration IDEMPOTENCY_LIFETIME = Duration.ofHours(1);

    /** One resource of the simulated API: it adds its routes, whose handlers run under the simulator's lock. */
    interface Part {
        void register(Routes routes);
    }

    /**
     * Where a {@link Part} adds its routes. Every handler runs under the simulator's lock, so a request sees and
     * leaves the state of all parts consistent; {@link #idempotent} routes also replay answers by {@code
     * Idempotency-Key}.
     */
    final class Routes {
        private final Router router;

        private Routes(Router router) {
            this.router = router;
        }

        /** A route that requires credentials. */
        Routes on(String method, String template, Router.Handler handler) {
            router.on(method, template, locked(handler));
            return this;
        }

        /** A route that answers without credentials. */
        Routes open(String method, String template, Router.Handler handler) {
            router.open(method, template, locked(handler));
            return this;
        }

        /** A POST or PATCH route that requires credentials and honours {@code Idempotency-Key}. */
        Routes idempotent(String method, String template, Router.Handler handler) {
            router.on(method, template, CrunchyBridgeSimulator.this.idempotent(locked(handler)));
            return this;
        }
    }

    private record Recorded(String method, String path, JsonNode body, SimResponse response, long expires) {}

    private final SimClock clock;
    private final String apiKey;
    private final CrunchyCatalog catalog;
    private final List<Part> parts;
    private final Map<String, Recorded> idempotency = new HashMap<>();

    CrunchyBridgeSimulator(SimClock clock, String apiKey, int seededClusters) {
        this.clock = clock;
        this.apiKey = apiKey;
        this.catalog = new CrunchyCatalog(clock);
        CrunchyNetworks networks = new CrunchyNetworks();
        CrunchyClusters clusters = new CrunchyClusters(clock, catalog, networks, seededClusters);
        this.parts = List.of(catalog, clusters, new CrunchyConfigurationParameters(clusters), networks);
    }

    /** The default team's id, where seeded clusters live. */
    String defaultTeamId() {
        return catalog.defaultTeamId();
    }

    @Override
    public String name() {
        return "crunchy-bridge";
    }

    @Override
    public void register(Router router) {
        Routes routes = new Routes(router);
        parts.forEach(part -> part.register(routes));
    }

    @Override
    public boolean authorized(SimRequest request) {
        return request.header("Authorization")
                .filter(("Bearer " + apiKey)::equals)
                .isPresent();
    }

    @Override
    public SimResponse error(int status, String message, String requestId) {
        ObjectNode body = Jsons.object();
        body.putNull("code");
        body.put("is_transient", status == 429 || status >= 500);
        body.put("message", message);
        body.put("request_id", requestId);
        return SimResponse.json(status, body);
    }

    @Override
    public Map<String, String> rateLimitHeaders() {
        return Map.of("Retry-After", "1");
    }

    @Override
    public Map<String, String> commonHeaders(String requestId) {
        return Map.of("X-Request-Id", requestId);
    }

    private Router.Handler locked(Router.Handler handler) {
        return request -> {
            synchronized (this) {
                return handler.handle(request);
            }
        };
    }

    // ---- idempotency --------------------------------------------------------------------------------------------

    /**
     * Records answers by {@code Idempotency-Key}: the same key with the same request replays the answer with
     * {@code Idempotency-Replay: true}; with a different request it is a 409. 429, 500 and 503 are not recorded.
     */
    private Router.Handler idempotent(Router.Handler handler) {
        return request -> {
            Optional<String> key = request.header("Idempotency-Key");
            if (key.isEmpty()) {
                return handler.handle(request);
            }
            JsonNode body = request.json();
            synchronized (this) {
                idempotency.values().removeIf(r -> clock.passed(r.expires()));
                Recorded recorded = idempotency.get(key.get());
                if (recorded != null) {
                    if (!recorded.method().equals(request.method())
                            || !recorded.path().equals(request.path())
                            || !recorded.body().equals(body)) {
                        throw new SimError(
                                409, "Idempotency-Key " + key.get() + " was already used with a different request");
                    }
                    return recorded.response()
                            .withHeader("Idempotency-Replay", "true")
                            .withHeader("Idempotency-Key", key.get());
                }
                SimResponse response;
                try {
                    response = handler.handle(request);
                } catch (SimError e) {
                    response = error(e.status(), e.getMessage(), request.requestId());
                }
                int status = response.status();
                if (status != 429 && status != 500 && status != 503) {
                    idempotency.put(
                            key.get(),
                            new Recorded(
                                    request.method(),
                                    request.path(),
                                    body,
                                    response,
                                    clock.deadline(IDEMPOTENCY_LIFETIME)));
                }
                return response.withHeader("Idempotency-Key", key.get());
            }
        };
    }
}
