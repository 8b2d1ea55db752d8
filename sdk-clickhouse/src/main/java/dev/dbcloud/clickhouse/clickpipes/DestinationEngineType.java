package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The engine of a streaming or object storage pipe's managed destination table (wire field {@code
 * destination.tableDefinition.engine.type}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == DestinationEngineType.REPLACING_MERGE_TREE) { … }
 * DestinationEngineType parsed = DestinationEngineType.of("ReplacingMergeTree");
 * }</pre>
 */
public final class DestinationEngineType extends OpenEnum {
    private static final Values<DestinationEngineType> VALUES =
            new Values<>(new BiFunction<String, Boolean, DestinationEngineType>() {
                @Override
                public DestinationEngineType apply(String value, Boolean known) {
                    return new DestinationEngineType(value, known);
                }
            });

    /** Wire value {@code MergeTree}. */
    public static final DestinationEngineType MERGE_TREE = VALUES.known("MergeTree");

    /** Wire value {@code ReplacingMergeTree}. */
    public static final DestinationEngineType REPLACING_MERGE_TREE = VALUES.known("ReplacingMergeTree");

    /** Wire value {@code SummingMergeTree}. */
    public static final DestinationEngineType SUMMING_MERGE_TREE = VALUES.known("SummingMergeTree");

    /** Wire value {@code Null}. */
    public static final DestinationEngineType NULL = VALUES.known("Null");

    private DestinationEngineType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static DestinationEngineType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<DestinationEngineType> knownValues() {
        return VALUES.knownValues();
    }
}
