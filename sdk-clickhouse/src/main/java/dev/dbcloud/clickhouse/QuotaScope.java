package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * What an organization quota limits: the organization as a whole, or each warehouse (wire field {@code scope}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == QuotaScope.ORGANIZATION) { … }
 * QuotaScope parsed = QuotaScope.of("organization");
 * }</pre>
 */
public final class QuotaScope extends OpenEnum {
    private static final Values<QuotaScope> VALUES = new Values<>(QuotaScope::new);

    /** Wire value {@code organization}. */
    public static final QuotaScope ORGANIZATION = VALUES.known("organization");

    /** Wire value {@code warehouse}. */
    public static final QuotaScope WAREHOUSE = VALUES.known("warehouse");

    private QuotaScope(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static QuotaScope of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<QuotaScope> knownValues() {
        return VALUES.knownValues();
    }
}
