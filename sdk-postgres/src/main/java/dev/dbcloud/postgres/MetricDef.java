package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One time-series metric of an instance (wire schema {@code PostgresMetric}), e.g. {@code cpu_usage}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Metric.class)
@JsonDeserialize(as = Metric.class)
abstract class MetricDef {
    /**
     * The stable metric id, e.g. {@code cpu_usage}, {@code connection_count} (wire {@code key}).
     *
     * @return the value
     */
    abstract String key();

    /**
     * The human-readable name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The unit of the values, e.g. {@code %}, {@code IOPS}, {@code bytes/s} (wire {@code unit}).
     *
     * @return the value
     */
    abstract Optional<String> unit();

    /**
     * What the metric measures (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * One series per label (wire {@code series}).
     *
     * @return the value
     */
    abstract List<MetricSeries> series();
}
