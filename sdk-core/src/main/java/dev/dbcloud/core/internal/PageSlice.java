package dev.dbcloud.core.internal;

import java.util.List;

/**
 * What an API module reads out of one decoded list response for {@link HttpEngine#page}.
 *
 * @param items the page's items
 * @param hasMore whether the API says more pages follow
 * @param nextCursor the cursor of the next page, or null
 * @param <T> the item type
 */
public record PageSlice<T>(List<T> items, boolean hasMore, String nextCursor) {}
