package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cluster's metrics over a window, as series of points ({@code MetricView}).
 *
 * <pre>{@code
 * MetricView cpu = cb.metricViews().get("cpu", MetricViewParams.builder().clusterId(clusterId).period("1h").build());
 * for (MetricSeries s : cpu.series()) {
 *     s.points().forEach(p -> System.out.println(p.time().orElse(null) + " " + p.value().orElse(null)));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = MetricView.class)
@JsonDeserialize(as = MetricView.class)
abstract class MetricViewDef {
    /** @return the view's name, e.g. {@code cpu} ({@code name}) */
    abstract Optional<String> name();

    /** @return the view's category ({@code category}) */
    abstract Optional<MetricViewCategory> category();

    /** @return the series ({@code series}); empty when absent */
    abstract List<MetricSeries> series();
}
