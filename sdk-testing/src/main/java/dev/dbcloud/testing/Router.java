package dev.dbcloud.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes requests by method and path template ({@code /clusters/{cluster_id}/status}); segments in braces match
 * any single segment and become path parameters. A trailing slash is ignored.
 */
final class Router {
    /** Handles one routed request. */
    @FunctionalInterface
    interface Handler {
        SimResponse handle(SimRequest request);
    }

    record Route(String method, List<String> template, boolean authenticated, Handler handler) {}

    /** A route that matched, with its path parameters. */
    record Match(Route route, Map<String, String> params) {}

    private final List<Route> routes = new ArrayList<>();

    /** A handler run under {@code lock}, for routes of several classes that share one simulator's state. */
    static Handler locked(Object lock, Handler handler) {
        return request -> {
            synchronized (lock) {
                return handler.handle(request);
            }
        };
    }

    /** Adds a route that requires credentials. */
    Router on(String method, String template, Handler handler) {
        routes.add(new Route(method, segments(template), true, handler));
        return this;
    }

    /** Adds a route that answers without credentials. */
    Router open(String method, String template, Handler handler) {
        routes.add(new Route(method, segments(template), false, handler));
        return this;
    }

    /**
     * Finds the route for a request.
     *
     * @return the match; empty with {@code methodMismatch} set when only the method differs
     */
    Optional<Match> find(String method, List<String> path, boolean[] methodMismatch) {
        for (Route route : routes) {
            Map<String, String> params = match(route.template(), path);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return Optional.of(new Match(route, params));
            }
            methodMismatch[0] = true;
        }
        return Optional.empty();
    }

    private static Map<String, String> match(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String part = template.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                params.put(part.substring(1, part.length() - 1), path.get(i));
            } else if (!part.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
