package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;
import java.util.function.Function;

/**
 * The raw view of a {@link Resource}: the same operations returning {@link ApiResponse}, each documented on the
 * typed operation of the same name. Every method sends exactly one request (retries of it aside).
 *
 * <pre>{@code
 * ApiResponse<Cluster> response = cb.clusters().withRawResponse().create(params);
 * response.requestId().ifPresent(id -> log.info("created by request {}", id));
 * }</pre>
 *
 * <p>Only the SDK's API modules extend this class.
 *
 * @param <R> the raw view's own type
 */
public abstract class RawResource<R extends RawResource<R>> {
    private final Invoker invoker;
    private final Function<Invoker, R> view;

    /**
     * Creates a raw view; API modules do this.
     *
     * @param invoker sends the view's calls with its options
     * @param view creates this view for another invoker
     */
    protected RawResource(Invoker invoker, Function<Invoker, R> view) {
        this.invoker = requireNonNull(invoker, "invoker == null");
        this.view = view;
    }

    /**
     * This raw view with per-call options; see {@link Resource#withOptions(RequestOptions)}.
     *
     * @param options the options
     * @return a raw view bound to them
     */
    public final R withOptions(RequestOptions options) {
        return view.apply(invoker.withOptions(options));
    }

    /**
     * Sends one call with this view's options.
     *
     * @param call the call
     * @param <T> the decoded type
     * @return the response
     */
    protected final <T> ApiResponse<T> send(Endpoint.Call<T> call) {
        return invoker.send(call);
    }

    /**
     * The invoker of this view, e.g. for the client's clock.
     *
     * @return the invoker
     */
    protected final Invoker invoker() {
        return invoker;
    }
}
