package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The compression of the files an object storage pipe reads (wire field {@code source.objectStorage.compression}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == Compression.GZIP) { … }
 * Compression parsed = Compression.of("gzip");
 * }</pre>
 */
public final class Compression extends OpenEnum {
    private static final Values<Compression> VALUES = new Values<>(new BiFunction<String, Boolean, Compression>() {
        @Override
        public Compression apply(String value, Boolean known) {
            return new Compression(value, known);
        }
    });

    /** Wire value {@code none}. */
    public static final Compression NONE = VALUES.known("none");

    /** Wire value {@code gzip}. */
    public static final Compression GZIP = VALUES.known("gzip");

    /** Wire value {@code gz}. */
    public static final Compression GZ = VALUES.known("gz");

    /** Wire value {@code brotli}. */
    public static final Compression BROTLI = VALUES.known("brotli");

    /** Wire value {@code br}. */
    public static final Compression BR = VALUES.known("br");

    /** Wire value {@code xz}. */
    public static final Compression XZ = VALUES.known("xz");

    /** Wire value {@code LZMA}. */
    public static final Compression LZMA = VALUES.known("LZMA");

    /** Wire value {@code zstd}. */
    public static final Compression ZSTD = VALUES.known("zstd");

    /** Wire value {@code auto}. */
    public static final Compression AUTO = VALUES.known("auto");

    private Compression(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static Compression of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<Compression> knownValues() {
        return VALUES.knownValues();
    }
}
