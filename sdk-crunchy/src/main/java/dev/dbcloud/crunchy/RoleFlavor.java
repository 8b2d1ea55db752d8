package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The privileges of a Postgres role ({@code flavor}): no login, read only, or read and write.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * PostgresRole role = cb.clusters().roles().get(clusterId, "application");
 * if (role.flavor().filter(RoleFlavor.WRITE::equals).isPresent()) { … }
 * RoleFlavor parsed = RoleFlavor.of("read");                       // the same instance as READ
 * }</pre>
 */
public final class RoleFlavor extends OpenEnum {
    private static final Values<RoleFlavor> VALUES = new Values<>(RoleFlavor::new);

    /** {@code nologin}. */
    public static final RoleFlavor NOLOGIN = VALUES.known("nologin");

    /** {@code read}. */
    public static final RoleFlavor READ = VALUES.known("read");

    /** {@code write}. */
    public static final RoleFlavor WRITE = VALUES.known("write");

    private RoleFlavor(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static RoleFlavor of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<RoleFlavor> knownValues() {
        return VALUES.knownValues();
    }
}
