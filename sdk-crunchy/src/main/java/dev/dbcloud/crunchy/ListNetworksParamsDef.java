package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * Parameters of {@link Networks#list(ListNetworksParams)}: paging, order and team. It takes up to 200 items per page and orders by
 * {@code id} (the default) ({@code order_field}).
 *
 * <pre>{@code
 * ListNetworksParams.builder().limit(50).order(SortOrder.DESC).build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListNetworksParamsDef extends TeamPagingParams {
    ListNetworksParamsDef() {
        super(200);
    }
}
