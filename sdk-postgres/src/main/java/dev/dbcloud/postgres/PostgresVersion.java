package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The Postgres major version of an instance (wire field {@code postgresVersion}, a JSON <em>string</em> such as
 * {@code "17"}). The API defaults to 17; {@code "16"} was removed in 2026.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == PostgresVersion.V17) { … }
 * PostgresVersion parsed = PostgresVersion.of("17");
 * }</pre>
 */
public final class PostgresVersion extends OpenEnum {
    private static final Values<PostgresVersion> VALUES = new Values<>(PostgresVersion::new);

    /** Wire value {@code 18}. */
    public static final PostgresVersion V18 = VALUES.known("18");

    /** Wire value {@code 17}. The API's default. */
    public static final PostgresVersion V17 = VALUES.known("17");

    private PostgresVersion(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static PostgresVersion of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<PostgresVersion> knownValues() {
        return VALUES.knownValues();
    }
}
