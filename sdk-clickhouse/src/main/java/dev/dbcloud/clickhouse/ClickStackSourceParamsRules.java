package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.ClickStackChecks.require;

import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackSourceParams}: what {@code ClickStackSourceParamsAttributes} does not say about it. The
 * generated {@code ClickStackSourceParamsDef} carries its annotations.
 */
abstract class ClickStackSourceParamsRules extends ClickStackSourceParamsAttributes {

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
        require(name(), "name", "");
        require(kind(), "kind", "");
        require(connection(), "connection", "");
        require(table(), "from", "");
        require(table().get().databaseName(), "from.databaseName", "");
        ClickStackSourceKind kind = kind().get();
        if (!kind.isKnown()) {
            return;
        }
        String rule = " for a " + kind.value() + " source";
        if (!kind.equals(ClickStackSourceKind.METRIC)) {
            require(table().get().tableName(), "from.tableName", rule);
        }
        if (!kind.equals(ClickStackSourceKind.SESSION)) {
            require(timestampValueExpression(), "timestampValueExpression", rule);
        }
        if (kind.equals(ClickStackSourceKind.LOG) || kind.equals(ClickStackSourceKind.TRACE)) {
            require(defaultTableSelectExpression(), "defaultTableSelectExpression", rule);
        }
        if (kind.equals(ClickStackSourceKind.TRACE)) {
            require(durationExpression(), "durationExpression", rule);
            require(durationPrecision(), "durationPrecision", rule);
            require(traceIdExpression(), "traceIdExpression", rule);
            require(spanIdExpression(), "spanIdExpression", rule);
            require(parentSpanIdExpression(), "parentSpanIdExpression", rule);
            require(spanNameExpression(), "spanNameExpression", rule);
            require(spanKindExpression(), "spanKindExpression", rule);
        }
        if (kind.equals(ClickStackSourceKind.METRIC)) {
            require(metricTables(), "metricTables", rule);
            require(resourceAttributesExpression(), "resourceAttributesExpression", rule);
        }
        if (kind.equals(ClickStackSourceKind.SESSION)) {
            require(traceSourceId(), "traceSourceId", rule);
        }
    }
}
