package dev.dbcloud.clickhouse;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackSourceParams}: what {@code ClickStackSourceParamsAttributes} does not say about it. The
 * generated {@code ClickStackSourceParamsDef} carries its annotations.
 */
abstract class ClickStackSourceParamsRules extends ClickStackSourceParamsAttributes {
    /** What the specification requires of every source ({@code ClickStackSource}'s variants share it). */
    private static final List<String> REQUIRED = List.of("name", "kind", "connection", "from", "from.databaseName");
    /** What it requires of each kind besides, from the {@code required} list of the kind's schema. */
    private static final Map<ClickStackSourceKind, List<String>> REQUIRED_OF_KIND = Map.of(
            ClickStackSourceKind.LOG,
            List.of("from.tableName", "defaultTableSelectExpression", "timestampValueExpression"),
            ClickStackSourceKind.TRACE,
            List.of(
                    "from.tableName",
                    "defaultTableSelectExpression",
                    "timestampValueExpression",
                    "durationExpression",
                    "durationPrecision",
                    "traceIdExpression",
                    "spanIdExpression",
                    "parentSpanIdExpression",
                    "spanNameExpression",
                    "spanKindExpression"),
            ClickStackSourceKind.METRIC,
            List.of("metricTables", "timestampValueExpression", "resourceAttributesExpression"),
            ClickStackSourceKind.SESSION,
            List.of("from.tableName", "traceSourceId"),
            ClickStackSourceKind.PROMQL,
            List.of("from.tableName", "timestampValueExpression"));

    /**
     * Starts a log source.
     *
     * @return a builder of kind {@code log}
     */
    public static ClickStackSourceParams.Builder log() {
        return ClickStackSourceParams.builder().kind(ClickStackSourceKind.LOG);
    }

    /**
     * Starts a trace source.
     *
     * @return a builder of kind {@code trace}
     */
    public static ClickStackSourceParams.Builder trace() {
        return ClickStackSourceParams.builder().kind(ClickStackSourceKind.TRACE);
    }

    /**
     * Starts a metric source.
     *
     * @return a builder of kind {@code metric}
     */
    public static ClickStackSourceParams.Builder metric() {
        return ClickStackSourceParams.builder().kind(ClickStackSourceKind.METRIC);
    }

    /**
     * Starts a session source.
     *
     * @return a builder of kind {@code session}
     */
    public static ClickStackSourceParams.Builder session() {
        return ClickStackSourceParams.builder().kind(ClickStackSourceKind.SESSION);
    }

    /**
     * Starts a PromQL source.
     *
     * @return a builder of kind {@code promql}
     */
    public static ClickStackSourceParams.Builder promql() {
        return ClickStackSourceParams.builder().kind(ClickStackSourceKind.PROMQL);
    }

    /** The specification's required fields, of every source and of each known kind; see the type's documentation. */
    @Value.Check
    void check() {
        ClickStackChecks.require(this, REQUIRED, "");
        ClickStackSourceKind kind = kind().orElseThrow();
        ClickStackChecks.require(
                this, REQUIRED_OF_KIND.getOrDefault(kind, List.of()), " for a " + kind.value() + " source");
    }
}
