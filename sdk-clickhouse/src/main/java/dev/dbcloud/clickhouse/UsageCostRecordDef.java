package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cost of one entity (a warehouse, a service or a ClickPipe) on one UTC day (wire schema {@code UsageCostRecord}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UsageCostRecord.class)
@JsonDeserialize(as = UsageCostRecord.class)
abstract class UsageCostRecordDef {
    /**
     * The warehouse the entity belongs to, or is (wire {@code dataWarehouseId}).
     *
     * @return the value
     */
    abstract Optional<String> dataWarehouseId();

    /**
     * The service the entity belongs to, or is; absent for warehouses (wire {@code serviceId}).
     *
     * @return the value
     */
    abstract Optional<String> serviceId();

    /**
     * The UTC day (wire {@code date}).
     *
     * @return the value
     */
    abstract Optional<LocalDate> date();

    /**
     * What the entity is (wire {@code entityType}).
     *
     * @return the value
     */
    abstract Optional<UsageEntityType> entityType();

    /**
     * The entity id (wire {@code entityId}).
     *
     * @return the value
     */
    abstract Optional<String> entityId();

    /**
     * The entity name (wire {@code entityName}).
     *
     * @return the value
     */
    abstract Optional<String> entityName();

    /**
     * The cost by kind (wire {@code metrics}).
     *
     * @return the value
     */
    abstract Optional<UsageCostMetrics> metrics();

    /**
     * The entity cost that day in CHCs (wire {@code totalCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> totalCHC();

    /**
     * Whether the record is final; an unlocked record may still change (wire {@code locked}).
     *
     * @return the value
     */
    abstract Optional<Boolean> locked();
}
