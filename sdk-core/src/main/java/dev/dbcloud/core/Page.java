package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.errors.ApiDecodingException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a cursor-paged list, and the way to the following pages.
 *
 * <pre>{@code
 * Page<Cluster> first = cb.clusters().list(params);
 * first.items();                  // this page only
 * for (Cluster c : first.autoPager()) { … }   // every item of every page, fetched as iteration reaches it
 * first.stream().filter(c -> c.isHa()).count();
 * }</pre>
 *
 * <p>The next page is requested with the same parameters and {@link RequestOptions} as the first, plus the
 * cursor. Iteration holds one page in memory at a time, however long the walk. If the API hands out a cursor it
 * has already given during an iteration, the iteration stops with an {@link ApiDecodingException} instead of
 * looping forever: at once when the cursor leads back to the page iteration started from or to the page just
 * fetched; for a longer cycle, within about three times as many pages as it takes to reach the cycle and go round
 * it once (its items then come more than once), since the check keeps a fixed number of cursors, not every cursor
 * seen.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final List<T> items;
    private final boolean hasMore;
    private final String cursor;
    private final String nextCursor;
    private final Function<String, Page<T>> fetch;

    private Page(List<T> items, boolean hasMore, String cursor, String nextCursor, Function<String, Page<T>> fetch) {
        this.items = List.copyOf(items);
        this.hasMore = hasMore;
        this.cursor = cursor;
        this.nextCursor = nextCursor;
        this.fetch = fetch;
    }

    /**
     * Creates a page; API modules call this, users receive pages from list operations.
     *
     * @param items the page's items
     * @param hasMore whether the API says more pages follow
     * @param cursor the cursor this page was requested with, or null for the first page
     * @param nextCursor the cursor of the next page, or null
     * @param fetch fetches the page for a cursor, repeating the original request's parameters and options
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> of(
            List<T> items, boolean hasMore, String cursor, String nextCursor, Function<String, Page<T>> fetch) {
        return new Page<>(
                requireNonNull(items, "items == null"),
                hasMore,
                cursor,
                nextCursor,
                requireNonNull(fetch, "fetch == null"));
    }

    /**
     * Every item of every page of a list that is not requested yet: the first page is fetched when iteration
     * starts, and again by each {@code iterator()}; later pages as iteration reaches them. API modules back their
     * {@code listAll} with it.
     *
     * @param first fetches the first page
     * @param <T> the item type
     * @return a lazy iterable
     */
    public static <T> Iterable<T> lazily(Supplier<Page<T>> first) {
        requireNonNull(first, "first == null");
        return () -> first.get().autoPager().iterator();
    }

    /**
     * The items of this page only.
     *
     * @return an unmodifiable list
     */
    public List<T> items() {
        return items;
    }

    /**
     * Whether another page follows: the API said so and gave a cursor for it.
     *
     * @return true if {@link #nextPage()} returns a page
     */
    public boolean hasMore() {
        return hasMore && nextCursor != null && !nextCursor.isEmpty();
    }

    /**
     * The cursor of the next page, to resume a listing later.
     *
     * @return the cursor, empty on the last page
     */
    public Optional<String> nextCursor() {
        return hasMore() ? Optional.of(nextCursor) : Optional.empty();
    }

    /**
     * Fetches the next page.
     *
     * @return the next page, or empty on the last page
     * @throws ApiDecodingException if the API hands out the cursor of this page again
     */
    public Optional<Page<T>> nextPage() {
        if (!hasMore()) {
            return Optional.empty();
        }
        if (nextCursor.equals(cursor)) {
            throw repeatedCursor(nextCursor);
        }
        return Optional.of(fetch.apply(nextCursor));
    }

    /**
     * Every item of this page and the pages after it. Each page is fetched only when iteration reaches it, and
     * each call to {@code iterator()} starts again from this page.
     *
     * @return a lazy iterable
     */
    public Iterable<T> autoPager() {
        return () -> new PagingIterator<>(this);
    }

    /**
     * Every item of this page and the pages after it, as a sequential stream that fetches lazily.
     *
     * @return a lazy stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        new PagingIterator<>(this), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    @Override
    public String toString() {
        return "Page{items=" + items.size() + ", hasMore=" + hasMore() + ", nextCursor=" + nextCursor + '}';
    }

    private static ApiDecodingException repeatedCursor(String cursor) {
        return new ApiDecodingException(
                "the API returned the cursor '" + cursor + "' a second time; stopping instead of looping",
                200,
                null,
                "",
                null);
    }

    /**
     * Walks the pages from a start page, holding only the current page (a static class, so nothing keeps the start
     * page alive once iteration has left it) and three cursors: the start page's, the current page's and one
     * checkpoint. A repeated cursor is caught in constant memory with Brent's cycle detection over the sequence of
     * cursors: the checkpoint moves to the latest cursor after 1, 2, 4, 8… pages, and a cursor equal to it, to
     * the start page's or to the current page's own ends the walk. A return to the start or to the page just
     * fetched is caught at once; any other cycle once the checkpoint lies on it and the stride has reached its
     * length, within about 2·max(μ, λ) + λ pages (μ pages before the cycle, λ in it).
     */
    private static final class PagingIterator<T> implements Iterator<T> {
        private final String startCursor;
        private Page<T> page;
        private Iterator<T> items;
        private String checkpoint;
        private long power = 1;
        private long sinceCheckpoint;

        PagingIterator(Page<T> start) {
            this.startCursor = start.cursor;
            this.checkpoint = start.cursor;
            this.page = start;
            this.items = start.items.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!items.hasNext()) {
                if (!page.hasMore()) {
                    return false;
                }
                String next = page.nextCursor;
                if (next.equals(page.cursor) || next.equals(startCursor) || next.equals(checkpoint)) {
                    throw repeatedCursor(next);
                }
                if (++sinceCheckpoint == power) {
                    checkpoint = next;
                    power <<= 1;
                    sinceCheckpoint = 0;
                }
                page = page.fetch.apply(next);
                items = page.items.iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return items.next();
        }
    }
}
