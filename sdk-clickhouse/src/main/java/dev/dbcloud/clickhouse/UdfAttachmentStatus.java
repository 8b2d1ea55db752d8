package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The lifecycle state of a user-defined function's attachment to a service (wire field {@code status} of an attachment).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == UdfAttachmentStatus.DEPLOYED) { … }
 * UdfAttachmentStatus parsed = UdfAttachmentStatus.of("deployed");
 * }</pre>
 */
public final class UdfAttachmentStatus extends OpenEnum {
    private static final Values<UdfAttachmentStatus> VALUES = new Values<>(UdfAttachmentStatus::new);

    /** Wire value {@code deployed}. */
    public static final UdfAttachmentStatus DEPLOYED = VALUES.known("deployed");

    /** Wire value {@code deprovisioning}. */
    public static final UdfAttachmentStatus DEPROVISIONING = VALUES.known("deprovisioning");

    /** Wire value {@code error}. */
    public static final UdfAttachmentStatus ERROR = VALUES.known("error");

    /** Wire value {@code provisioning}. */
    public static final UdfAttachmentStatus PROVISIONING = VALUES.known("provisioning");

    /** Wire value {@code standby}. */
    public static final UdfAttachmentStatus STANDBY = VALUES.known("standby");

    private UdfAttachmentStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static UdfAttachmentStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<UdfAttachmentStatus> knownValues() {
        return VALUES.knownValues();
    }
}
