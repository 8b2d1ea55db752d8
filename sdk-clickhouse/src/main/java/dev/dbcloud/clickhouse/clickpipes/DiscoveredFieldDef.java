package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A field inferred by schema discovery (wire schema {@code ClickPipeSchemaDiscoveryField}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = DiscoveredField.class)
@JsonDeserialize(as = DiscoveredField.class)
abstract class DiscoveredFieldDef {
    /**
     * The field name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The inferred ClickHouse type, e.g. {@code Int64} (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<String> type();

    /**
     * Whether the field is optional (nullable) in the source (wire {@code optional}).
     *
     * @return the value
     */
    abstract Optional<Boolean> optional();
}
