package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The SQL console role a role policy gives (wire field {@code roleV2} of policy tags).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == SqlConsoleRole.SQL_CONSOLE_READONLY) { … }
 * SqlConsoleRole parsed = SqlConsoleRole.of("sql-console-readonly");
 * }</pre>
 */
public final class SqlConsoleRole extends OpenEnum {
    private static final Values<SqlConsoleRole> VALUES = new Values<>(SqlConsoleRole::new);

    /** Wire value {@code sql-console-readonly}. */
    public static final SqlConsoleRole SQL_CONSOLE_READONLY = VALUES.known("sql-console-readonly");

    /** Wire value {@code sql-console-admin}. */
    public static final SqlConsoleRole SQL_CONSOLE_ADMIN = VALUES.known("sql-console-admin");

    private SqlConsoleRole(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static SqlConsoleRole of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<SqlConsoleRole> knownValues() {
        return VALUES.knownValues();
    }
}
