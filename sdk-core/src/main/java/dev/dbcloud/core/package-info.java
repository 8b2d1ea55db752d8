/**
 * The runtime shared by every dbcloud-java API module, and the one shape every operation of every module has.
 *
 * <p>Users meet this package through the types every client has in common: {@link dev.dbcloud.core.Credentials}
 * to authenticate, {@link dev.dbcloud.core.RequestOptions} to adjust calls, {@link dev.dbcloud.core.ApiResponse}
 * for raw responses, {@link dev.dbcloud.core.Page} for cursor-paged lists, {@link dev.dbcloud.core.Poller} for
 * waiting on conditions of your own, and the exceptions in {@link dev.dbcloud.core.errors}. Everything in {@code
 * dev.dbcloud.core.internal} is implementation detail shared by the API modules and may change in any release: do
 * not use it.
 *
 * <h2>The shape of every operation</h2>
 *
 * <p>A client hands out resources ({@code cb.clusters()}); a resource's methods are the API's operations, named
 * the same everywhere: {@code list}, {@code get}, {@code create}, {@code update}, {@code delete}, plus the API's
 * own verbs ({@code restart}, {@code fork}, …). Each one sends exactly one request (retries of it aside) and
 * returns the decoded value:
 *
 * <pre>{@code
 * Cluster cluster = cb.clusters().get(clusterId);
 * Page<Cluster> first = cb.clusters().list(params);            // paged lists return a Page
 * for (Cluster c : first.autoPager()) { … }                       // later pages fetched as iteration reaches them
 * }</pre>
 *
 * <p>Every resource is a {@link dev.dbcloud.core.Resource} and every raw view a {@link
 * dev.dbcloud.core.RawResource}, which is where {@code withOptions} and {@code withRawResponse()} come from.
 *
 * <p><b>Raw responses.</b> {@code withRawResponse()} gives the same operations returning {@link
 * dev.dbcloud.core.ApiResponse}: status, headers and request id with the value. The typed call is the raw call's
 * {@code value()}; neither sends anything the other does not.
 *
 * <pre>{@code
 * ApiResponse<Cluster> response = cb.clusters().withRawResponse().create(params);
 * response.requestId().ifPresent(log::info);
 * ApiResponse<Page<Cluster>> firstPage = cb.clusters().withRawResponse().list(params);
 * }</pre>
 *
 * <p><b>Per-call options.</b> {@code withOptions(RequestOptions)}, on the client and on every resource, returns
 * the same resource bound to the options (timeout, retries, extra headers, idempotency key, poll interval). It
 * composes with {@code withRawResponse()} in either order, and nested views combine their options, the inner
 * ones winning. No operation has a {@code (…, RequestOptions)} overload.
 *
 * <pre>{@code
 * RequestOptions traced = RequestOptions.builder().header("X-Trace", "deploy-42").build();
 * cb.withOptions(traced).clusters().get(clusterId);
 * ApiResponse<Cluster> r = cb.clusters().withOptions(traced).withRawResponse().get(clusterId);
 * }</pre>
 *
 * <p><b>Idempotency keys.</b> On APIs that honour them (Crunchy Bridge), writes carry a generated key, the same
 * on every retry. A key of your own, given through {@code withOptions}, names one operation: the first write sent
 * with it binds it, repeating that very write is allowed (that is what the key is for), and a different write with
 * the same key is refused with an {@link java.lang.IllegalStateException} naming the key's first use, before
 * anything is sent. A workflow that writes more than once derives one key per write from yours, by appending
 * {@code :step} (the step names are listed in the workflow's Javadoc).
 *
 * <p><b>Workflows.</b> What reads before it writes, retries on a business condition or polls is a workflow, kept
 * apart from the single-request operations and reached from the resource it concerns; its Javadoc lists the
 * requests it sends. Waiters are the common case: {@code waitUntil<State>(id, Duration timeout)} polls until the
 * resource reaches the state and returns it as last read; a delete waiter returns nothing. Every waiter is
 * declared once per resource and state (the read, the states that succeed, the states that fail at once, the
 * errors tolerated for a while such as a 404 right after a create); reaching a dead-end state throws {@link
 * dev.dbcloud.core.errors.WaitFailedException} and running out of time {@link
 * dev.dbcloud.core.errors.WaitTimeoutException}, both carrying the last value read. There is no generic {@code
 * waitUntil(id, state)} form: each state has its own failure states and tolerated errors, which a generic form
 * could not get right; wait for a condition of your own with {@link dev.dbcloud.core.Poller}.
 *
 * <pre>{@code
 * Cluster ready = cb.clusters().waitUntilReady(created.id(), Duration.ofMinutes(30));
 * }</pre>
 *
 * <p><b>Polling interval.</b> Waiters follow their own schedule (typically 5 seconds, growing by half after each
 * poll up to 30 seconds) unless a steady interval is set: for a client with {@link
 * dev.dbcloud.core.ClientBuilder#pollInterval(java.time.Duration)}, or for one call with {@link
 * dev.dbcloud.core.RequestOptions.Builder#pollInterval(java.time.Duration)} through {@code withOptions}, which
 * wins.
 *
 * <p><b>Models sent back whole.</b> Models that an update replaces whole ({@code PUT}) implement {@link
 * dev.dbcloud.core.KeepsUnknownFields}: fields this SDK does not model survive a read, change and write. Operations
 * the API calls beta are marked {@link dev.dbcloud.core.Beta}.
 *
 * <p>Every parameter and return value in this package is non-null unless documented otherwise; absence is
 * expressed with {@link java.util.Optional}.
 */
package dev.dbcloud.core;
