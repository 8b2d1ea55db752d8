package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The file format of an object storage pipe (wire field {@code source.objectStorage.format}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ObjectStorageFormat.JSON_AS_OBJECT) { … }
 * ObjectStorageFormat parsed = ObjectStorageFormat.of("JSONAsObject");
 * }</pre>
 */
public final class ObjectStorageFormat extends OpenEnum {
    private static final Values<ObjectStorageFormat> VALUES =
            new Values<>(new BiFunction<String, Boolean, ObjectStorageFormat>() {
                @Override
                public ObjectStorageFormat apply(String value, Boolean known) {
                    return new ObjectStorageFormat(value, known);
                }
            });

    /** Wire value {@code JSONEachRow}. */
    public static final ObjectStorageFormat JSON_EACH_ROW = VALUES.known("JSONEachRow");

    /** Wire value {@code JSONAsObject}. */
    public static final ObjectStorageFormat JSON_AS_OBJECT = VALUES.known("JSONAsObject");

    /** Wire value {@code CSV}. */
    public static final ObjectStorageFormat CSV = VALUES.known("CSV");

    /** Wire value {@code CSVWithNames}. */
    public static final ObjectStorageFormat CSV_WITH_NAMES = VALUES.known("CSVWithNames");

    /** Wire value {@code TabSeparated}. */
    public static final ObjectStorageFormat TAB_SEPARATED = VALUES.known("TabSeparated");

    /** Wire value {@code TabSeparatedWithNames}. */
    public static final ObjectStorageFormat TAB_SEPARATED_WITH_NAMES = VALUES.known("TabSeparatedWithNames");

    /** Wire value {@code Parquet}. */
    public static final ObjectStorageFormat PARQUET = VALUES.known("Parquet");

    /** Wire value {@code Avro}. */
    public static final ObjectStorageFormat AVRO = VALUES.known("Avro");

    private ObjectStorageFormat(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ObjectStorageFormat of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ObjectStorageFormat> knownValues() {
        return VALUES.knownValues();
    }
}
