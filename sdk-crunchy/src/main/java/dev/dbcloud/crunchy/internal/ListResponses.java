package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.OpenEnum;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.Json;
import dev.dbcloud.core.internal.PageSlice;
import java.util.List;
import java.util.Optional;

/**
 * The list envelopes of the Crunchy Bridge API and the calls that read them. Every list puts its items under a
 * plural key named after the resource ({@code clusters}, {@code teams}, {@code postgres_versions}, …); paged
 * lists add {@code has_more} and {@code next_cursor}. The keys are aliases of one {@code items} property, so one
 * generic envelope serves every list.
 */
public final class ListResponses {
    private ListResponses() {}

    /**
     * A list without paging: {@code GET /providers}, {@code /postgres-versions}, {@code /clusters/{id}/backups},
     * {@code /clusters/{id}/roles}.
     *
     * @param items the items
     * @param <T> the item type
     */
    public record Items<T>(
            @JsonProperty("items") @JsonAlias({"providers", "postgres_versions", "backups", "roles"})
            List<T> items) {}

    /**
     * A cursor-paged list: {@code GET /clusters}, {@code /teams}, {@code /networks}.
     *
     * @param items the page's items
     * @param hasMore whether more pages follow
     * @param nextCursor the next page's cursor
     * @param <T> the item type
     */
    public record CursorPage<T>(
            @JsonProperty("items") @JsonAlias({"clusters", "teams", "networks"})
            List<T> items,

            @JsonProperty("has_more") boolean hasMore,
            @JsonProperty("next_cursor") String nextCursor) {
        /** @return the page slice */
        public PageSlice<T> slice() {
            return new PageSlice<>(items, hasMore, nextCursor);
        }
    }

    /**
     * Sends a request for an unpaged list.
     *
     * @param engine the client's engine
     * @param request the request
     * @param type the envelope's type, e.g. {@code new TypeReference<Items<Provider>>() {}}
     * @param <T> the item type
     * @return the items; empty when the API sent none or null
     */
    public static <T> List<T> items(HttpEngine engine, ApiRequest request, TypeReference<Items<T>> type) {
        List<T> items = engine.call(request, type).items();
        return items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Sends the first request of a cursor-paged list; later pages repeat it with the {@code cursor} replaced.
     *
     * @param engine the client's engine
     * @param request the first page's request
     * @param type the envelope's type, e.g. {@code new TypeReference<CursorPage<Cluster>>() {}}
     * @param <T> the item type
     * @return the first page
     */
    public static <T> Page<T> page(HttpEngine engine, ApiRequest request, TypeReference<CursorPage<T>> type) {
        return engine.page(request, "cursor", Json.type(type), CursorPage<T>::slice);
    }

    /**
     * Adds the paging parameters every paged list takes.
     *
     * @param request the request
     * @param cursor {@code cursor}
     * @param limit {@code limit}
     * @param order {@code order}
     * @param orderField {@code order_field}
     * @return the request
     */
    public static ApiRequest.Builder paging(
            ApiRequest.Builder request,
            Optional<String> cursor,
            Optional<Integer> limit,
            Optional<? extends OpenEnum> order,
            Optional<String> orderField) {
        return request.query("cursor", cursor.orElse(null))
                .query("limit", limit.orElse(null))
                .query("order", order.map(OpenEnum::value).orElse(null))
                .query("order_field", orderField.orElse(null));
    }
}
