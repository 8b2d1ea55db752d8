package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organization usage cost over a period (wire schema {@code UsageCost}): the grand total and the daily records per entity, in ClickHouse Credits (CHCs).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UsageCost.class)
@JsonDeserialize(as = UsageCost.class)
abstract class UsageCostDef {
    /**
     * The total cost of the period in CHCs (wire {@code grandTotalCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> grandTotalCHC();

    /**
     * The cost per day and entity (wire {@code costs}).
     *
     * @return the value
     */
    abstract List<UsageCostRecord> costs();
}
