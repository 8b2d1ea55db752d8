package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

/**
 * A resource whose list answers one page at a time ({@link #list(Object)}), and which therefore also walks every
 * page for you ({@link #listAll(Object)}). Crunchy Bridge's clusters, networks and teams, and ClickHouse Cloud's
 * user-defined functions, are such resources.
 *
 * <pre>{@code
 * Page<Cluster> first = cb.clusters().list(params);                       // one request
 * for (Cluster c : cb.clusters().listAll(params)) { … }                    // every page, fetched lazily
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the list's parameters (paging, order, filters)
 */
public interface PagedList<T, P> {
    /**
     * Lists the first page: exactly one request. Later pages, fetched by the page, repeat the parameters and this
     * view's options.
     *
     * @param params paging, order and filters
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    Page<T> list(P params);

    /**
     * Every item, across all pages. Nothing is requested until iteration starts, and each page only when iteration
     * reaches it; each page's request carries the parameters and this view's options.
     *
     * @param params paging, order and filters, as for {@link #list(Object)}
     * @return a lazy iterable; each {@code iterator()} starts again from the first page
     * @throws NullPointerException if {@code params} is null; nothing is sent
     */
    default Iterable<T> listAll(P params) {
        requireNonNull(params, "params == null");
        return Page.lazily(() -> list(params));
    }
}
