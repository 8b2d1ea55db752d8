package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The kind of a {@link ClusterGroup} ({@code kind}): a Citus cluster group or a Postgres one.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * if (group.kind().filter(ClusterGroupKind.CITUS::equals).isPresent()) { … }
 * ClusterGroupKind parsed = ClusterGroupKind.of("citus");          // the same instance as CITUS
 * }</pre>
 */
public final class ClusterGroupKind extends OpenEnum {
    private static final Values<ClusterGroupKind> VALUES = new Values<>(ClusterGroupKind::new);

    /** {@code citus}. */
    public static final ClusterGroupKind CITUS = VALUES.known("citus");

    /** {@code postgres}. */
    public static final ClusterGroupKind POSTGRES = VALUES.known("postgres");

    private ClusterGroupKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static ClusterGroupKind of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<ClusterGroupKind> knownValues() {
        return VALUES.knownValues();
    }
}
