package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of a service's IP access list (wire schema {@code IpAccessListEntry}).
 *
 * <pre>{@code
 * IpAccessEntry office = IpAccessEntry.builder().source("203.0.113.0/24").description("office").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = IpAccessEntry.class)
@JsonDeserialize(as = IpAccessEntry.class)
abstract class IpAccessEntryDef {
    /**
     * The allowed IP address or CIDR range (wire {@code source}); {@code 0.0.0.0/0} allows everyone.
     *
     * @return the value, empty when the response leaves it out
     */
    abstract Optional<String> source();

    /**
     * A description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();
}
