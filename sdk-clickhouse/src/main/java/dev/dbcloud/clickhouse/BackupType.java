package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * Whether a backup is full or incremental (wire field {@code type}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == BackupType.FULL) { … }
 * BackupType parsed = BackupType.of("full");
 * }</pre>
 */
public final class BackupType extends OpenEnum {
    private static final Values<BackupType> VALUES = new Values<>(new BiFunction<String, Boolean, BackupType>() {
        @Override
        public BackupType apply(String value, Boolean known) {
            return new BackupType(value, known);
        }
    });

    /** Wire value {@code full}. */
    public static final BackupType FULL = VALUES.known("full");

    /** Wire value {@code incremental}. */
    public static final BackupType INCREMENTAL = VALUES.known("incremental");

    private BackupType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static BackupType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<BackupType> knownValues() {
        return VALUES.knownValues();
    }
}
