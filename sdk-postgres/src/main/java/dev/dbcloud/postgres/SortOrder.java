package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * A sort direction (query parameter {@code sort_order}; the API's default is {@code desc}). {@link
 * ListSlowQueryPatternsParams} sends any value, known or not, as given; the API checks it.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == SortOrder.ASC) { … }
 * SortOrder parsed = SortOrder.of("asc");
 * }</pre>
 */
public final class SortOrder extends OpenEnum {
    private static final Values<SortOrder> VALUES = new Values<>(SortOrder::new);

    /** Wire value {@code asc}. Ascending. */
    public static final SortOrder ASC = VALUES.known("asc");

    /** Wire value {@code desc}. Descending, the API's default. */
    public static final SortOrder DESC = VALUES.known("desc");

    private SortOrder(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static SortOrder of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<SortOrder> knownValues() {
        return VALUES.knownValues();
    }
}
