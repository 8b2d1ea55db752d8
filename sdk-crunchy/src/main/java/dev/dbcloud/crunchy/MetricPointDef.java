package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One point of a {@link MetricSeries}: a value over an interval ({@code MetricsSeriesInterval}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = MetricPoint.class)
@JsonDeserialize(as = MetricPoint.class)
abstract class MetricPointDef {
    /** @return the point's time ({@code time}), deprecated by the API: prefer {@link #periodBegin()} */
    abstract Optional<Instant> time();

    /** @return the start of the interval ({@code period_begin}) */
    abstract Optional<Instant> periodBegin();

    /** @return the end of the interval ({@code period_end}) */
    abstract Optional<Instant> periodEnd();

    /** @return the value, if one was measured ({@code value}) */
    abstract Optional<Double> value();
}
