package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * An organization role of the time before custom roles (wire fields {@code role} and {@code roles} of API keys, members and invitations), which the API deprecates in favour of assigned role ids; see {@link AssignedRole}.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == LegacyRole.ADMIN) { … }
 * LegacyRole parsed = LegacyRole.of("admin");
 * }</pre>
 */
public final class LegacyRole extends OpenEnum {
    private static final Values<LegacyRole> VALUES = new Values<>(LegacyRole::new);

    /** Wire value {@code admin}. */
    public static final LegacyRole ADMIN = VALUES.known("admin");

    /** Wire value {@code developer}. */
    public static final LegacyRole DEVELOPER = VALUES.known("developer");

    /** Wire value {@code query_endpoints}. */
    public static final LegacyRole QUERY_ENDPOINTS = VALUES.known("query_endpoints");

    private LegacyRole(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static LegacyRole of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<LegacyRole> knownValues() {
        return VALUES.knownValues();
    }
}
