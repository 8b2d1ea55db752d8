package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * Parameters of {@link TeamMembers#list(String, ListTeamMembersParams)}: paging and order. It takes up to 200 items
 * per page and orders by {@code id} (the default) or {@code email} ({@code order_field}).
 *
 * <pre>{@code
 * ListTeamMembersParams.builder().limit(50).orderField("email").build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListTeamMembersParamsDef extends PagingParams {
    ListTeamMembersParamsDef() {
        super(200);
    }
}
