package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The code of an organization quota (wire field {@code quotaCode}), which {@link Quotas#get(QuotaCode)} takes.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == QuotaCode.SERVICES_PER_ORGANIZATION) { … }
 * QuotaCode parsed = QuotaCode.of("services-per-organization");
 * }</pre>
 */
public final class QuotaCode extends OpenEnum {
    private static final Values<QuotaCode> VALUES = new Values<>(QuotaCode::new);

    /** Wire value {@code services-per-organization}. */
    public static final QuotaCode SERVICES_PER_ORGANIZATION = VALUES.known("services-per-organization");

    /** Wire value {@code postgres-services-per-organization}. */
    public static final QuotaCode POSTGRES_SERVICES_PER_ORGANIZATION =
            VALUES.known("postgres-services-per-organization");

    /** Wire value {@code replicas-per-warehouse}. */
    public static final QuotaCode REPLICAS_PER_WAREHOUSE = VALUES.known("replicas-per-warehouse");

    private QuotaCode(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static QuotaCode of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<QuotaCode> knownValues() {
        return VALUES.knownValues();
    }
}
