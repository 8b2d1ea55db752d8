package dev.dbcloud.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one {@link SimulatedApi} on its own loopback port with the JDK's HTTP server. Every request goes through
 * the same steps: injected faults first (as a gateway in front of the API would), then routing, credentials, and
 * the API's handler; errors are rendered with the API's own error body.
 */
final class ApiServer implements AutoCloseable {
    static {
        // Answers go out in one segment instead of waiting for the client's delayed ACK (about 40 ms a request).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SimulatedApi api;
    private final Faults faults;
    private final Router router = new Router();
    private final HttpServer server;
    private final ExecutorService executor;

    private ApiServer(SimulatedApi api, Faults faults) throws IOException {
        this.api = api;
        this.faults = faults;
        api.register(router);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "localcloud-" + api.name() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static ApiServer start(SimulatedApi api, Faults faults) {
        try {
            return new ApiServer(api, faults);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on loopback for " + api.name(), e);
        }
    }

    /** The root URL, e.g. {@code http://127.0.0.1:49152}. */
    String baseUrl() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String body = readBody(exchange.getRequestBody());
            String requestId = UUID.randomUUID().toString();
            Faults.Fault fault = faults.next();
            if (!fault.latency().isZero()) {
                try {
                    Thread.sleep(fault.latency().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (fault.kind() == Faults.Kind.DROP) {
                return; // closing an exchange that sent no headers closes the connection: no answer at all
            }
            SimResponse response;
            if (fault.kind() == Faults.Kind.RATE_LIMIT) {
                response = api.error(429, "Too many requests: rate limit exceeded", requestId);
                for (Map.Entry<String, String> header : api.rateLimitHeaders().entrySet()) {
                    response = response.withHeader(header.getKey(), header.getValue());
                }
            } else if (fault.kind() == Faults.Kind.FAIL) {
                response = api.error(fault.status(), "The service is temporarily unavailable", requestId);
            } else {
                response = dispatch(exchange, body, requestId);
                if (fault.kind() == Faults.Kind.LOSE_ANSWER) {
                    return; // handled, but the connection closes before the answer is sent
                }
            }
            send(exchange, response, requestId);
        } finally {
            exchange.close();
        }
    }

    private SimResponse dispatch(HttpExchange exchange, String body, String requestId) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        List<String> path = decodedSegments(exchange.getRequestURI().getRawPath());
        boolean[] methodMismatch = {false};
        Optional<Router.Match> match = router.find(method, path, methodMismatch);
        if (match.isEmpty()) {
            return methodMismatch[0]
                    ? api.error(405, "Method " + method + " not allowed", requestId)
                    : api.error(404, "Not found: " + exchange.getRequestURI().getRawPath(), requestId);
        }
        SimRequest request = new SimRequest(
                method,
                exchange.getRequestURI().getRawPath(),
                match.get().params(),
                query(exchange.getRequestURI().getRawQuery()),
                headers(exchange.getRequestHeaders()),
                body,
                requestId);
        if (match.get().route().authenticated() && !api.authorized(request)) {
            return api.error(401, "Invalid or missing credentials", requestId);
        }
        try {
            return match.get().route().handler().handle(request);
        } catch (SimError e) {
            return api.error(e.status(), e.getMessage(), requestId);
        } catch (RuntimeException e) {
            return api.error(500, "Internal error: " + e.getClass().getSimpleName(), requestId);
        }
    }

    private void send(HttpExchange exchange, SimResponse response, String requestId) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        api.commonHeaders(requestId).forEach(headers::set);
        response.headers().forEach(headers::set);
        byte[] bytes;
        if (response.text() != null) {
            bytes = response.text().getBytes(StandardCharsets.UTF_8);
        } else if (response.body() != null) {
            bytes = Jsons.write(response.body()).getBytes(StandardCharsets.UTF_8);
            headers.set("Content-Type", "application/json");
        } else {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String readBody(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> decodedSegments(String rawPath) {
        List<String> decoded = new ArrayList<>();
        for (String segment : Router.segments(rawPath)) {
            decoded.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return decoded;
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static Map<String, String> headers(Headers headers) {
        Map<String, String> flat = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                flat.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return flat;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
