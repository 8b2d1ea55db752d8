package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The kind of an ongoing cluster operation ({@code flavor}): an upgrade, a resize, an HA change or maintenance.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * boolean resizing = upgrade.operations().stream()
 *         .anyMatch(op -> op.flavor().equals(OperationFlavor.RESIZE));
 * OperationFlavor parsed = OperationFlavor.of("ha_change");         // the same instance as HA_CHANGE
 * }</pre>
 */
public final class OperationFlavor extends OpenEnum {
    private static final Values<OperationFlavor> VALUES = new Values<>(OperationFlavor::new);

    /** {@code auto_resize}. */
    public static final OperationFlavor AUTO_RESIZE = VALUES.known("auto_resize");

    /** {@code ha_change}. */
    public static final OperationFlavor HA_CHANGE = VALUES.known("ha_change");

    /** {@code maintenance}. */
    public static final OperationFlavor MAINTENANCE = VALUES.known("maintenance");

    /** {@code major_version_upgrade}. */
    public static final OperationFlavor MAJOR_VERSION_UPGRADE = VALUES.known("major_version_upgrade");

    /** {@code periodic_maintenance}. */
    public static final OperationFlavor PERIODIC_MAINTENANCE = VALUES.known("periodic_maintenance");

    /** {@code rekey}. */
    public static final OperationFlavor REKEY = VALUES.known("rekey");

    /** {@code resize}. */
    public static final OperationFlavor RESIZE = VALUES.known("resize");

    private OperationFlavor(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static OperationFlavor of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<OperationFlavor> knownValues() {
        return VALUES.knownValues();
    }
}
