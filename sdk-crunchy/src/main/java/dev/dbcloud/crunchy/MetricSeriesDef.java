package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One series of a {@link MetricView} ({@code MetricsSeries}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = MetricSeries.class)
@JsonDeserialize(as = MetricSeries.class)
abstract class MetricSeriesDef {
    /** @return the series' name ({@code name}) */
    abstract Optional<String> name();

    /** @return its title ({@code title}) */
    abstract Optional<String> title();

    /** @return the unit of its values, if given ({@code unit}) */
    abstract Optional<String> unit();

    /** @return the points, oldest first ({@code points}); empty when absent */
    abstract List<MetricPoint> points();
}
