package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The ClickHouse table engine of a database pipe's target table (wire field {@code tableMappings[].tableEngine}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == TableEngine.REPLACING_MERGE_TREE) { … }
 * TableEngine parsed = TableEngine.of("ReplacingMergeTree");
 * }</pre>
 */
public final class TableEngine extends OpenEnum {
    private static final Values<TableEngine> VALUES = new Values<>(new BiFunction<String, Boolean, TableEngine>() {
        @Override
        public TableEngine apply(String value, Boolean known) {
            return new TableEngine(value, known);
        }
    });

    /** Wire value {@code MergeTree}. */
    public static final TableEngine MERGE_TREE = VALUES.known("MergeTree");

    /** Wire value {@code ReplacingMergeTree}. */
    public static final TableEngine REPLACING_MERGE_TREE = VALUES.known("ReplacingMergeTree");

    /** Wire value {@code Null}. */
    public static final TableEngine NULL = VALUES.known("Null");

    private TableEngine(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static TableEngine of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<TableEngine> knownValues() {
        return VALUES.knownValues();
    }
}
