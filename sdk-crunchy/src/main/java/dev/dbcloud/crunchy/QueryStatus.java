package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The state of a SQL query run through the API ({@code status}).
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * boolean done = query.status().filter(QueryStatus.SUCCEEDED::equals).isPresent();
 * QueryStatus parsed = QueryStatus.of("failed");                   // the same instance as FAILED
 * }</pre>
 */
public final class QueryStatus extends OpenEnum {
    private static final Values<QueryStatus> VALUES = new Values<>(QueryStatus::new);

    /** {@code pending}. */
    public static final QueryStatus PENDING = VALUES.known("pending");

    /** {@code running}. */
    public static final QueryStatus RUNNING = VALUES.known("running");

    /** {@code succeeded}. */
    public static final QueryStatus SUCCEEDED = VALUES.known("succeeded");

    /** {@code failed}. */
    public static final QueryStatus FAILED = VALUES.known("failed");

    /** {@code canceled}. */
    public static final QueryStatus CANCELED = VALUES.known("canceled");

    private QueryStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static QueryStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<QueryStatus> knownValues() {
        return VALUES.knownValues();
    }
}
