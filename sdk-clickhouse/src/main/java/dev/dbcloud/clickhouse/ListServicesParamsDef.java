package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Filters for listing services. Each tag becomes one {@code filter=tag:Key=Value} query parameter; a service
 * must carry every tag given.
 *
 * <pre>{@code
 * List<Service> prod = ch.services().list(ListServicesParams.builder().putTags("env", "prod").build());
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

    @Value.Check
    void check() {
        tags().keySet().forEach(key -> Checks.notBlank(key, "tag key"));
    }
}
