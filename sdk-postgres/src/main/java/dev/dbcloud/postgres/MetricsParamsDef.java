package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
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
abstract class MetricsParamsDef {
    /**
     * The window's start, inclusive (query {@code from_date}, RFC 3339 UTC truncated to whole seconds).
     *
     * @return the value
     */
    abstract Instant fromDate();

    /**
     * The window's end, exclusive (query {@code to_date}, RFC 3339 UTC truncated to whole seconds).
     *
     * @return the value
     */
    abstract Instant toDate();

    /**
     * The bucket size in seconds, at least 1 (query {@code bucket_size_seconds}); the API chooses when unset.
     *
     * @return the value
     */
    abstract Optional<Integer> bucketSizeSeconds();

    @Value.Check
    void check() {
        if (!Rfc3339.truncate(fromDate()).isBefore(Rfc3339.truncate(toDate()))) {
            throw new IllegalArgumentException("fromDate must be before toDate in whole seconds (as sent) but was "
                    + Rfc3339.format(fromDate()) + " >= " + Rfc3339.format(toDate()));
        }
        bucketSizeSeconds().filter(s -> s < 1).ifPresent(s -> {
            throw new IllegalArgumentException("bucketSizeSeconds must be >= 1 but was " + s);
        });
    }
}
