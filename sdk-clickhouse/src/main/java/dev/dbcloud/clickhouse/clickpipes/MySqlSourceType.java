package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The flavour of MySQL a MySQL pipe replicates from (wire field {@code source.mysql.type}; the API assumes {@code
 * mysql} when absent).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == MySqlSourceType.RDSMYSQL) { … }
 * MySqlSourceType parsed = MySqlSourceType.of("rdsmysql");
 * }</pre>
 */
public final class MySqlSourceType extends OpenEnum {
    private static final Values<MySqlSourceType> VALUES =
            new Values<>(new BiFunction<String, Boolean, MySqlSourceType>() {
                @Override
                public MySqlSourceType apply(String value, Boolean known) {
                    return new MySqlSourceType(value, known);
                }
            });

    /** Wire value {@code mysql}. */
    public static final MySqlSourceType MYSQL = VALUES.known("mysql");

    /** Wire value {@code rdsmysql}. */
    public static final MySqlSourceType RDSMYSQL = VALUES.known("rdsmysql");

    /** Wire value {@code auroramysql}. */
    public static final MySqlSourceType AURORAMYSQL = VALUES.known("auroramysql");

    /** Wire value {@code mariadb}. */
    public static final MySqlSourceType MARIADB = VALUES.known("mariadb");

    /** Wire value {@code rdsmariadb}. */
    public static final MySqlSourceType RDSMARIADB = VALUES.known("rdsmariadb");

    private MySqlSourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static MySqlSourceType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<MySqlSourceType> knownValues() {
        return VALUES.knownValues();
    }
}
