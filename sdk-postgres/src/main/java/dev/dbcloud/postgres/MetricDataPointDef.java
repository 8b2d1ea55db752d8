package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One bucket of a metric series (wire schema {@code PostgresMetricDataPoint}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MetricDataPoint.class)
@JsonDeserialize(as = MetricDataPoint.class)
abstract class MetricDataPointDef {
    /**
     * The bucket's start (wire {@code timestamp}, Unix seconds).
     *
     * @return the value
     */
    abstract Instant timestamp();

    /**
     * The metric's value in the bucket (wire {@code value}); empty when the API sends {@code null} or no value,
     * for example for a bucket without data, which is not the same as {@code 0}.
     *
     * @return the value
     */
    abstract OptionalDouble value();
}
