package dev.dbcloud.postgres;

import java.util.Optional;

/**
 * The rules of {@link InstanceMetrics}: what {@code InstanceMetricsAttributes} does not say about it. The
 * generated {@code InstanceMetricsDef} carries its annotations.
 */
abstract class InstanceMetricsRules extends InstanceMetricsAttributes {

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
