package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The schema inferred from samples of a Kafka or Kinesis source (wire schema {@code
 * ClickPipeSchemaDiscoveryResponse}), to build a pipe's destination columns and field mappings from.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = DiscoveredSchema.class)
@JsonDeserialize(as = DiscoveredSchema.class)
abstract class DiscoveredSchemaDef {
    /**
     * The inferred fields (wire {@code fields}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<DiscoveredField> fields();

    /**
     * Additional information about the discovery (wire {@code meta}).
     *
     * @return the value
     */
    abstract Map<String, String> meta();
}
