package dev.dbcloud.crunchy;

import dev.dbcloud.core.SortOrder;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters every cursor-paged list of the API takes ({@code cursor}, {@code limit}, {@code order} and {@code
 * order_field}), declared, checked and sent once. A list's {@code List…Params} extends it (or {@link
 * TeamPagingParams}), passes the largest {@code limit} the list accepts to the constructor, and declares only what
 * is its own:
 *
 * <pre>{@code
 * @DbCloudStyle
 * @Value.Immutable
 * abstract class ListTeamsParamsDef extends PagingParams {
 *     ListTeamsParamsDef() { super(200); }
 * }
 * }</pre>
 */
abstract class PagingParams {
    private final int maxLimit;

    /** @param maxLimit the largest {@code limit} the list accepts */
    PagingParams(int maxLimit) {
        this.maxLimit = maxLimit;
    }

    /** @return start after this cursor: the {@code next_cursor} of the previous page ({@code cursor}) */
    abstract Optional<String> cursor();

    /** @return items per page, from 1 to the list's maximum; the API's default is 100 ({@code limit}) */
    abstract Optional<Integer> limit();

    /** @return the direction, ascending by default ({@code order}) */
    abstract Optional<SortOrder> order();

    /** @return the field to order by; each list names the fields it accepts ({@code order_field}) */
    abstract Optional<String> orderField();

    /** Refuses a limit out of range, a blank cursor or order field, and an order the API does not know. */
    @Value.Check
    void check() {
        ParamChecks.paging(cursor(), limit(), maxLimit, order(), orderField());
    }

    /**
     * Binds the parameters to the query of the list request.
     *
     * @param call the list request
     * @param <T> its result
     * @return the request with the parameters
     */
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        return ListResponses.paging(call, cursor(), limit(), order(), orderField());
    }
}
