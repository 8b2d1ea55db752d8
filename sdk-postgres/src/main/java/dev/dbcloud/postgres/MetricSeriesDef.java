package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One series of a metric, such as a CPU mode or a database (wire schema {@code PostgresMetricSeries}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MetricSeries.class)
@JsonDeserialize(as = MetricSeries.class)
abstract class MetricSeriesDef {
    /**
     * What distinguishes this series within its metric, e.g. a CPU mode or {@code Reads} (wire {@code label}).
     *
     * @return the value
     */
    abstract String label();

    /**
     * The time-ordered buckets (wire {@code dataPoints}).
     *
     * @return the value
     */
    abstract List<MetricDataPoint> dataPoints();
}
