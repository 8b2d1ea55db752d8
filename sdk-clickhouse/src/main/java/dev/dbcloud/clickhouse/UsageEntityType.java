package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * What a usage cost record is about (wire field {@code entityType}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == UsageEntityType.DATAWAREHOUSE) { … }
 * UsageEntityType parsed = UsageEntityType.of("datawarehouse");
 * }</pre>
 */
public final class UsageEntityType extends OpenEnum {
    private static final Values<UsageEntityType> VALUES = new Values<>(UsageEntityType::new);

    /** Wire value {@code datawarehouse}. */
    public static final UsageEntityType DATAWAREHOUSE = VALUES.known("datawarehouse");

    /** Wire value {@code service}. */
    public static final UsageEntityType SERVICE = VALUES.known("service");

    /** Wire value {@code clickpipe}. */
    public static final UsageEntityType CLICKPIPE = VALUES.known("clickpipe");

    private UsageEntityType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static UsageEntityType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<UsageEntityType> knownValues() {
        return VALUES.knownValues();
    }
}
