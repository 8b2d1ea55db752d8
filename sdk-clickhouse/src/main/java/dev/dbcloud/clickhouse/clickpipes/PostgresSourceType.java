package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The flavour of Postgres a Postgres pipe replicates from (wire field {@code source.postgres.type}; the API assumes
 * {@code postgres} when absent).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == PostgresSourceType.SUPABASE) { … }
 * PostgresSourceType parsed = PostgresSourceType.of("supabase");
 * }</pre>
 */
public final class PostgresSourceType extends OpenEnum {
    private static final Values<PostgresSourceType> VALUES =
            new Values<>(new BiFunction<String, Boolean, PostgresSourceType>() {
                @Override
                public PostgresSourceType apply(String value, Boolean known) {
                    return new PostgresSourceType(value, known);
                }
            });

    /** Wire value {@code postgres}. */
    public static final PostgresSourceType POSTGRES = VALUES.known("postgres");

    /** Wire value {@code supabase}. */
    public static final PostgresSourceType SUPABASE = VALUES.known("supabase");

    /** Wire value {@code neon}. */
    public static final PostgresSourceType NEON = VALUES.known("neon");

    /** Wire value {@code alloydb}. */
    public static final PostgresSourceType ALLOYDB = VALUES.known("alloydb");

    /** Wire value {@code planetscale}. */
    public static final PostgresSourceType PLANETSCALE = VALUES.known("planetscale");

    /** Wire value {@code rdspostgres}. */
    public static final PostgresSourceType RDSPOSTGRES = VALUES.known("rdspostgres");

    /** Wire value {@code aurorapostgres}. */
    public static final PostgresSourceType AURORAPOSTGRES = VALUES.known("aurorapostgres");

    /** Wire value {@code cloudsqlpostgres}. */
    public static final PostgresSourceType CLOUDSQLPOSTGRES = VALUES.known("cloudsqlpostgres");

    /** Wire value {@code azurepostgres}. */
    public static final PostgresSourceType AZUREPOSTGRES = VALUES.known("azurepostgres");

    /** Wire value {@code crunchybridge}. */
    public static final PostgresSourceType CRUNCHYBRIDGE = VALUES.known("crunchybridge");

    /** Wire value {@code tigerdata}. */
    public static final PostgresSourceType TIGERDATA = VALUES.known("tigerdata");

    private PostgresSourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static PostgresSourceType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<PostgresSourceType> knownValues() {
        return VALUES.knownValues();
    }
}
