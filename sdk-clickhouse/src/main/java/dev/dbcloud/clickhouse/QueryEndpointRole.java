package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * A role granted to a service query endpoint (wire field {@code roles}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == QueryEndpointRole.SQL_CONSOLE_READ_ONLY) { … }
 * QueryEndpointRole parsed = QueryEndpointRole.of("sql_console_read_only");
 * }</pre>
 */
public final class QueryEndpointRole extends OpenEnum {
    private static final Values<QueryEndpointRole> VALUES =
            new Values<>(new BiFunction<String, Boolean, QueryEndpointRole>() {
                @Override
                public QueryEndpointRole apply(String value, Boolean known) {
                    return new QueryEndpointRole(value, known);
                }
            });

    /** Wire value {@code sql_console_read_only}. */
    public static final QueryEndpointRole SQL_CONSOLE_READ_ONLY = VALUES.known("sql_console_read_only");

    /** Wire value {@code sql_console_admin}. */
    public static final QueryEndpointRole SQL_CONSOLE_ADMIN = VALUES.known("sql_console_admin");

    private QueryEndpointRole(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static QueryEndpointRole of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<QueryEndpointRole> knownValues() {
        return VALUES.knownValues();
    }
}
