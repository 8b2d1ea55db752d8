package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Paging of the lists of {@link Udfs}: functions, versions and attachments ({@code ?limit=&cursor=}). Later pages
 * are fetched by {@link dev.dbcloud.core.Page#autoPager()}; a cursor is only needed to resume a listing.
 *
 * <pre>{@code
 * Page<Udf> first = ch.organizations().udfs().list(UdfListParams.builder().limit(20).build());
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} when the limit is not between 1 and 100.
 */
@DbCloudStyle
@Value.Immutable
abstract class UdfListParamsDef {
    /**
     * The most items per page, 1 to 100 (query {@code limit}); the API's default is 100.
     *
     * @return the value
     */
    abstract Optional<Integer> limit();

    /**
     * Where to start: a {@code pagination.nextCursor} of an earlier page (query {@code cursor}).
     *
     * @return the value
     */
    abstract Optional<String> cursor();

    @Value.Check
    void check() {
        limit().ifPresent(limit -> ServiceRules.between("limit", limit, 1, 100));
    }
}
