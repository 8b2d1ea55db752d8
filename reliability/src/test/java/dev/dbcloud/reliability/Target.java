package dev.dbcloud.reliability;

import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.FakeTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One client under test: how to build it against a loopback URL with its own canary credential, the vendor's body
 * shapes, its rate-limit headers, and the operations the suite drives (a read and its writes).
 */
final class Target {
    /** Retries every client in the suite gets: attempts are then at most {@value} + 1. */
    static final int MAX_RETRIES = 2;
    /** The budget of one attempt where a fault makes the client wait on the socket. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(250);

    final String name;
    final Credentials credentials;
    /** Strings that must never appear anywhere the caller or a log can see. */
    final List<String> canaries;
    /** A body in the vendor's error shape with {@code {{echo}}} where the server repeats the request. */
    final String echoErrorBody;
    /** Headers of the vendor's 429, and the pause they ask for. */
    final String[] rateLimitHeaders;

    final Duration rateLimitWait;
    private final Function<String, ClientBuilder<?>> builder;
    private final Function<ClientBuilder<?>, AutoCloseable> build;
    final List<Operation> operations = new ArrayList<>();

    Target(
            String name,
            Credentials credentials,
            List<String> canaries,
            String echoErrorBody,
            String[] rateLimitHeaders,
            Duration rateLimitWait,
            Function<String, ClientBuilder<?>> builder,
            Function<ClientBuilder<?>, AutoCloseable> build) {
        this.name = name;
        this.credentials = credentials;
        this.canaries = List.copyOf(canaries);
        this.echoErrorBody = echoErrorBody;
        this.rateLimitHeaders = rateLimitHeaders;
        this.rateLimitWait = rateLimitWait;
        this.builder = builder;
        this.build = build;
    }

    Target add(Operation operation) {
        operations.add(operation);
        return this;
    }

    /** A builder pointed at {@code baseUrl} with this target's credentials and nothing else set. */
    ClientBuilder<?> bareBuilder(String baseUrl) {
        ClientBuilder<?> b = builder.apply(baseUrl);
        b.credentials(credentials);
        return b;
    }

    /** A client with fake time, fixed jitter, {@link #MAX_RETRIES} and a short attempt timeout. */
    AutoCloseable open(String baseUrl, FakeTime time) {
        return open(baseUrl, time, b -> b);
    }

    AutoCloseable open(String baseUrl, FakeTime time, UnaryOperator<ClientBuilder<?>> configure) {
        ClientBuilder<?> b = bareBuilder(baseUrl);
        b.clock(time);
        b.sleeper(time);
        b.jitter(() -> 1.0);
        b.maxRetries(MAX_RETRIES);
        b.attemptTimeout(ATTEMPT_TIMEOUT);
        b.connectTimeout(Duration.ofSeconds(2));
        return build.apply(configure.apply(b));
    }

    /** Builds a client from a builder this target made. */
    AutoCloseable build(ClientBuilder<?> b) {
        return build.apply(b);
    }

    Operation operation(String operationName) {
        return operations.stream()
                .filter(o -> o.name.equals(operationName))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public String toString() {
        return name;
    }

    static String basicHeader(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
