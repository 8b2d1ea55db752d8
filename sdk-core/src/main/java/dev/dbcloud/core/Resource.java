package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.Invoker;
import java.util.function.Function;

/**
 * What every resource of every API module has in common: per-call options through {@link
 * #withOptions(RequestOptions)} and the whole responses through {@link #withRawResponse()}. The operations
 * themselves are the subclass's; each sends exactly one request and returns its decoded value, which is the
 * same operation of the raw view plus {@link ApiResponse#value()}.
 *
 * <pre>{@code
 * Cluster c = cb.clusters().get(clusterId);
 * ApiResponse<Cluster> r = cb.clusters().withRawResponse().get(clusterId);
 * Cluster traced = cb.clusters().withOptions(traceOptions).get(clusterId);
 * }</pre>
 *
 * <p>Resources are immutable and thread-safe; views share their client's connections. Only the SDK's API modules
 * extend this class.
 *
 * @param <S> the resource's own type
 * @param <R> the type of its raw view
 */
public abstract class Resource<S extends Resource<S, R>, R extends RawResource<R>> {
    private final Invoker invoker;
    private final Function<Invoker, S> view;
    private final R raw;

    /**
     * Creates a resource; API modules do this.
     *
     * @param invoker sends the resource's calls with its view's options
     * @param view creates this resource for another invoker
     * @param raw creates the raw view for an invoker
     */
    protected Resource(Invoker invoker, Function<Invoker, S> view, Function<Invoker, R> raw) {
        this.invoker = requireNonNull(invoker, "invoker == null");
        this.view = view;
        this.raw = raw.apply(invoker);
    }

    /**
     * This resource with per-call options on every request it and its sub-resources send, waiters' polls
     * included. Views compose: options given later win, headers of both are sent (see {@link
     * RequestOptions#with(RequestOptions)}); a view with an idempotency key binds it to its first write.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public final S withOptions(RequestOptions options) {
        return view.apply(invoker.withOptions(options));
    }

    /**
     * The same operations returning the whole {@link ApiResponse}: status, headers and request id, with the
     * decoded value. Each sends exactly one request, retries of it aside.
     *
     * @return the raw view, with this view's options
     */
    public final R withRawResponse() {
        return raw;
    }

    /**
     * The invoker of this view, for the module's workflows.
     *
     * @return the invoker
     */
    protected final Invoker invoker() {
        return invoker;
    }
}
