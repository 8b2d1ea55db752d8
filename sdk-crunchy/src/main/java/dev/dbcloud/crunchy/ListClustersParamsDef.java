package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * Parameters of {@link Clusters#list(ListClustersParams)}: paging, order and team. It takes up to 100 items per page and orders by
 * {@code id} or {@code name} (the default) ({@code order_field}).
 *
 * <pre>{@code
 * ListClustersParams.builder().limit(50).order(SortOrder.DESC).build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListClustersParamsDef extends TeamPagingParams {
    ListClustersParamsDef() {
        super(100);
    }
}
