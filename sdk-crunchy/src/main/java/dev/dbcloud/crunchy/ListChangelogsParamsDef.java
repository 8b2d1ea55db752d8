package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Endpoint;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@link Changelogs#list(ListChangelogsParams)}: paging, order and the product area. It takes up to
 * 200 items per page and orders by {@code id} ({@code order_field}).
 *
 * <pre>{@code
 * ListChangelogsParams.builder().component(ChangelogComponent.POSTGRES).order(SortOrder.DESC).build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListChangelogsParamsDef extends PagingParams {
    ListChangelogsParamsDef() {
        super(200);
    }

    /** @return only entries of this product area ({@code component}) */
    abstract Optional<ChangelogComponent> component();

    @Override
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        return super.bind(call)
                .query("component", component().map(ChangelogComponent::value).orElse(null));
    }
}
