package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Filters for listing services. Each tag becomes one {@code filter=tag:Key=Value} query parameter and each tag
 * key one {@code filter=tag:Key}; a service must match every filter given.
 *
 * <pre>{@code
 * List<Service> prod = ch.services().list(ListServicesParams.builder()
 *     .putTags("env", "prod")          // filter=tag:env=prod
 *     .addTagKeys("isActive")          // filter=tag:isActive, whatever the value
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListServicesParamsDef {
    /**
     * Tags the services must carry, key to value, sent in insertion order.
     *
     * @return the tags
     */
    abstract Map<String, String> tags();

    /**
     * Tag keys the services must carry, whatever the value, sent in insertion order after {@link #tags()}.
     *
     * @return the tag keys
     */
    abstract Set<String> tagKeys();

    /** Tag keys are not empty (spec: {@code ResourceTagsV1.key} minLength 1), so an empty one can match nothing. */
    @Value.Check
    void check() {
        TagFilters.check(tags(), tagKeys());
    }
}
