package dev.dbcloud.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * The direction of a sorted list, as the APIs spell it: {@code asc} or {@code desc}. Crunchy Bridge takes it as
 * {@code order} on its paged lists, ClickHouse Managed Postgres as {@code sort_order} on slow query patterns; each
 * list's parameters say which direction the API uses when none is given.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * Page<Cluster> zToA = cb.clusters().list(ListClustersParams.builder()
 *         .order(SortOrder.DESC).orderField("name")
 *         .build());
 * SortOrder parsed = SortOrder.of("asc");                          // the same instance as ASC
 * }</pre>
 */
public final class SortOrder extends OpenEnum {
    private static final Values<SortOrder> VALUES = new Values<>(SortOrder::new);

    /** Ascending, wire value {@code asc}. */
    public static final SortOrder ASC = VALUES.known("asc");

    /** Descending, wire value {@code desc}. */
    public static final SortOrder DESC = VALUES.known("desc");

    private SortOrder(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static SortOrder of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<SortOrder> knownValues() {
        return VALUES.knownValues();
    }
}
