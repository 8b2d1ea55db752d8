package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The status of a backup (wire field {@code status}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == BackupStatus.DONE) { … }
 * BackupStatus parsed = BackupStatus.of("done");
 * }</pre>
 */
public final class BackupStatus extends OpenEnum {
    private static final Values<BackupStatus> VALUES = new Values<>(new BiFunction<String, Boolean, BackupStatus>() {
        @Override
        public BackupStatus apply(String value, Boolean known) {
            return new BackupStatus(value, known);
        }
    });

    /** Wire value {@code done}. */
    public static final BackupStatus DONE = VALUES.known("done");

    /** Wire value {@code error}. */
    public static final BackupStatus ERROR = VALUES.known("error");

    /** Wire value {@code in_progress}. */
    public static final BackupStatus IN_PROGRESS = VALUES.known("in_progress");

    private BackupStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static BackupStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<BackupStatus> knownValues() {
        return VALUES.knownValues();
    }
}
