package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a Postgres or MySQL pipe authenticates (wire field {@code authentication}). Mind the casing, which the API
 * enforces: {@code basic} is lower case, {@code IAM_ROLE} upper case.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == DatabaseAuthentication.IAM_ROLE) { … }
 * DatabaseAuthentication parsed = DatabaseAuthentication.of("IAM_ROLE");
 * }</pre>
 */
public final class DatabaseAuthentication extends OpenEnum {
    private static final Values<DatabaseAuthentication> VALUES =
            new Values<>(new BiFunction<String, Boolean, DatabaseAuthentication>() {
                @Override
                public DatabaseAuthentication apply(String value, Boolean known) {
                    return new DatabaseAuthentication(value, known);
                }
            });

    /** Wire value {@code basic}. */
    public static final DatabaseAuthentication BASIC = VALUES.known("basic");

    /** Wire value {@code IAM_ROLE}. */
    public static final DatabaseAuthentication IAM_ROLE = VALUES.known("IAM_ROLE");

    private DatabaseAuthentication(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static DatabaseAuthentication of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<DatabaseAuthentication> knownValues() {
        return VALUES.knownValues();
    }
}
