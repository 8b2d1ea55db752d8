package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * Whether a role is predefined by ClickHouse Cloud or defined by the organization (wire field {@code roleType}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == RoleType.SYSTEM) { … }
 * RoleType parsed = RoleType.of("system");
 * }</pre>
 */
public final class RoleType extends OpenEnum {
    private static final Values<RoleType> VALUES = new Values<>(RoleType::new);

    /** Wire value {@code system}. */
    public static final RoleType SYSTEM = VALUES.known("system");

    /** Wire value {@code custom}. */
    public static final RoleType CUSTOM = VALUES.known("custom");

    private RoleType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static RoleType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<RoleType> knownValues() {
        return VALUES.knownValues();
    }
}
