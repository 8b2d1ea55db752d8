package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.RequestOptions;

/**
 * Sends {@link Endpoint} calls with the options of one view: the single way every typed operation and its {@code
 * withRawResponse()} twin reach the {@link HttpEngine}. A client holds a root invoker; {@code withOptions}
 * views hold derived ones, which share the root's engine and its record of idempotency keys.
 *
 * <pre>{@code
 * // in a resource
 * public Cluster get(String clusterId) { return raw.get(clusterId).value(); }
 * // in its raw view
 * public ApiResponse<Cluster> get(String clusterId) { return invoker.send(ClusterEndpoints.GET.call(clusterId)); }
 * public WithRawResponse withOptions(RequestOptions options) { return new WithRawResponse(invoker.withOptions(options)); }
 * }</pre>
 *
 * <p>A request carrying a caller's idempotency key binds that key to its write (endpoint, resolved path, query
 * and body); a later, different write with the same key through any view of the same client is refused with an
 * {@link IllegalStateException} before anything is sent (see {@link IdempotencyKeys}). Workflows that write more
 * than once send each write through {@link #forStep(String)}, so each gets a key of its own derived from the
 * caller's.
 *
 * <p>An asynchronous surface would add a {@code sendAsync(Call)} here, backed by one asynchronous method per
 * {@link ResponseKind}; the endpoint declarations stay as they are. Invokers are immutable and thread-safe.
 */
public final class Invoker {
    private final HttpEngine engine;
    private final RequestOptions options;
    private final IdempotencyKeys keys;

    private Invoker(HttpEngine engine, RequestOptions options, IdempotencyKeys keys) {
        this.engine = engine;
        this.options = options;
        this.keys = keys;
    }

    /**
     * The root invoker of a client, without options.
     *
     * @param engine the client's engine
     * @return the invoker
     */
    public static Invoker create(HttpEngine engine) {
        return new Invoker(requireNonNull(engine, "engine == null"), RequestOptions.none(), new IdempotencyKeys());
    }

    /**
     * An invoker whose calls carry {@code more} on top of this one's options ({@link RequestOptions#with}).
     *
     * @param more the options to add
     * @return the derived invoker
     */
    public Invoker withOptions(RequestOptions more) {
        requireNonNull(more, "options == null");
        return new Invoker(engine, options.with(more), keys);
    }

    /**
     * The invoker a workflow uses for one of several writes: when the caller gave an idempotency key {@code k},
     * the step's writes carry {@code k:step}, so every write of the workflow has a key of its own, derived
     * reproducibly from the caller's (repeating the workflow with the same key repeats each write with its own
     * key). Without a caller's key, nothing changes.
     *
     * @param step a short name of the step, unique within the workflow, e.g. {@code pause}
     * @return the invoker for that step
     */
    public Invoker forStep(String step) {
        Checks.notBlank(step, "step");
        return options.idempotencyKey()
                .map(key -> new Invoker(
                        engine,
                        options.toBuilder().idempotencyKey(key + ":" + step).build(),
                        keys))
                .orElse(this);
    }

    /** @return the options every call of this invoker carries */
    public RequestOptions options() {
        return options;
    }

    /** @return the client's settings: clock, sleeper, poll interval */
    public ClientSettings settings() {
        return engine.settings();
    }

    /** @return the client's engine, for the polling of waiters */
    public HttpEngine engine() {
        return engine;
    }

    /**
     * Sends one call: exactly one request, retries of it aside.
     *
     * @param call the call
     * @param <T> the decoded type
     * @return the response with the decoded value
     * @throws IllegalStateException if the call reuses the caller's idempotency key for a different write
     */
    public <T> ApiResponse<T> send(Endpoint.Call<T> call) {
        requireNonNull(call, "call == null");
        ApiRequest request = call.toRequest(options);
        keys.claim(request);
        return call.endpoint().response().send(engine, request);
    }
}
