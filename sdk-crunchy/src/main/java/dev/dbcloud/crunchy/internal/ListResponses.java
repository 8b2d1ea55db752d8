package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.OpenEnum;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.PageSlice;
import dev.dbcloud.core.internal.ResponseKind;
import java.util.List;
import java.util.Optional;

/**
 * The paged list envelope of the Crunchy Bridge API. Every list puts its items under a plural key named after the
 * resource ({@code clusters}, {@code teams}, {@code networks}, …); paged lists add {@code has_more} and {@code
 * next_cursor}. The paged lists' keys are aliases of one {@code items} property, so one generic envelope serves
 * them; an unpaged list is declared with {@code ResponseKind.listUnder(key, Item.class)}.
 */
public final class ListResponses {
    /** The query parameters every paged list takes. */
    static final String[] PAGING = {"cursor", "limit", "order", "order_field"};

    private ListResponses() {}

    /**
     * A cursor-paged list: {@code GET /clusters}, {@code /teams}, {@code /networks}, {@code /teams/{team_id}/members}.
     *
     * @param items the page's items
     * @param hasMore whether more pages follow
     * @param nextCursor the next page's cursor
     * @param <T> the item type
     */
    public record CursorPage<T>(
            @JsonProperty("items") @JsonAlias({"clusters", "teams", "networks", "team_members", "events", "changelogs"})
            List<T> items,

            @JsonProperty("has_more") boolean hasMore,
            @JsonProperty("next_cursor") String nextCursor) {
        /** @return the page slice */
        public PageSlice<T> slice() {
            return new PageSlice<>(items, hasMore, nextCursor);
        }
    }

    /**
     * The answer of a cursor-paged list: its first page; later pages repeat the request with the {@code cursor}
     * replaced.
     *
     * @param type the envelope's type, e.g. {@code new TypeReference<CursorPage<Cluster>>() {}}
     * @param <T> the item type
     * @return the response kind
     */
    static <T> ResponseKind<Page<T>> page(TypeReference<CursorPage<T>> type) {
        return ResponseKind.page(type, "cursor", CursorPage::slice);
    }

    /**
     * Adds the paging parameters every paged list takes.
     *
     * @param call the call
     * @param cursor {@code cursor}
     * @param limit {@code limit}
     * @param order {@code order}
     * @param orderField {@code order_field}
     * @param <T> the call's result
     * @return the call
     */
    public static <T> Endpoint.Call<T> paging(
            Endpoint.Call<T> call,
            Optional<String> cursor,
            Optional<Integer> limit,
            Optional<? extends OpenEnum> order,
            Optional<String> orderField) {
        return call.query("cursor", cursor.orElse(null))
                .query("limit", limit.orElse(null))
                .query("order", order.map(OpenEnum::value).orElse(null))
                .query("order_field", orderField.orElse(null));
    }
}
