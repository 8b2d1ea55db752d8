package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The window of a metrics read ({@code GET …/metrics?from_date&to_date&bucket_size_seconds}).
 *
 * <pre>{@code
 * Instant now = Instant.now();
 * MetricsParams lastHour = MetricsParams.builder()
 *     .fromDate(now.minus(Duration.ofHours(1))).toDate(now).bucketSizeSeconds(60).build();
 * }</pre>
 *
 * <p>The API returns at most 250 buckets per metric and request. Checked by {@code build()}: {@code fromDate} is
 * before {@code toDate}, in whole seconds; the bucket size is at least 1.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MetricsParams.class)
@JsonDeserialize(as = MetricsParams.class)
abstract class MetricsParamsDef implements TimeWindow {
    /**
     * The bucket size in seconds, at least 1 (query {@code bucket_size_seconds}); the API chooses when unset.
     *
     * @return the value
     */
    abstract Optional<Integer> bucketSizeSeconds();

    @Value.Check
    void check() {
        TimeWindow.check(this);
        bucketSizeSeconds().filter(s -> s < 1).ifPresent(s -> {
            throw new IllegalArgumentException("bucketSizeSeconds must be >= 1 but was " + s);
        });
    }
}
