package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * Parameters of {@link Teams#list(ListTeamsParams)}: paging and order. It takes up to 200 items per page and orders by
 * {@code id} or {@code name} (the default) ({@code order_field}).
 *
 * <pre>{@code
 * ListTeamsParams.builder().limit(50).order(SortOrder.DESC).build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListTeamsParamsDef extends PagingParams {
    ListTeamsParamsDef() {
        super(200);
    }
}
