package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bucketed time-series metrics of an instance (wire schema {@code PostgresMetrics}).
 *
 * <pre>{@code
 * InstanceMetrics m = pg.instances().metrics(id, MetricsParams.builder()
 *     .fromDate(Instant.now().minus(Duration.ofHours(1))).toDate(Instant.now()).bucketSizeSeconds(60).build());
 * m.metric("cpu_usage").ifPresent(cpu -> cpu.series().forEach(s -> System.out.println(s.label())));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = InstanceMetrics.class)
@JsonDeserialize(as = InstanceMetrics.class)
abstract class InstanceMetricsDef {
    /**
     * The metrics (wire {@code metrics}).
     *
     * @return the value
     */
    abstract List<Metric> metrics();

    /**
     * The metric with the given key.
     *
     * @param key e.g. {@code cpu_usage}
     * @return the metric, or empty if the answer has none with that key
     */
    public Optional<Metric> metric(String key) {
        return metrics().stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
