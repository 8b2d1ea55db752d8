package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cost of a usage record by kind, in ClickHouse Credits (wire schema {@code UsageCostMetrics}); each applies to some entity types only.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UsageCostMetrics.class)
@JsonDeserialize(as = UsageCostMetrics.class)
abstract class UsageCostMetricsDef {
    /**
     * Storage, for warehouses (wire {@code storageCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> storageCHC();

    /**
     * Backups, for warehouses (wire {@code backupCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> backupCHC();

    /**
     * Compute, for services and ClickPipes (wire {@code computeCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> computeCHC();

    /**
     * Data transfer, for ClickPipes (wire {@code dataTransferCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> dataTransferCHC();

    /**
     * Initial loads and resyncs, for ClickPipes (wire {@code initialLoadCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> initialLoadCHC();

    /**
     * Public data transfer, for services (wire {@code publicDataTransferCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> publicDataTransferCHC();

    /**
     * Tier 1 inter-region data transfer, for services (wire {@code interRegionTier1DataTransferCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> interRegionTier1DataTransferCHC();

    /**
     * Tier 2 inter-region data transfer, for services (wire {@code interRegionTier2DataTransferCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> interRegionTier2DataTransferCHC();

    /**
     * Tier 3 inter-region data transfer, for services (wire {@code interRegionTier3DataTransferCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> interRegionTier3DataTransferCHC();

    /**
     * Tier 4 inter-region data transfer, for services (wire {@code interRegionTier4DataTransferCHC}).
     *
     * @return the value
     */
    abstract Optional<BigDecimal> interRegionTier4DataTransferCHC();
}
