package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource quota of the organization and its current usage (wire schema {@code OrganizationQuota}); beta in the API, whose contract may change.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Quota.class)
@JsonDeserialize(as = Quota.class)
abstract class QuotaDef {
    /**
     * The quota code (wire {@code quotaCode}), which {@link Quotas#get(QuotaCode)} takes.
     *
     * @return the value
     */
    abstract QuotaCode quotaCode();

    /**
     * A readable name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * What the quota limits and how (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * Whether it limits the organization or each warehouse (wire {@code scope}).
     *
     * @return the value
     */
    abstract Optional<QuotaScope> scope();

    /**
     * The limit now enforced, adjustments included (wire {@code value}).
     *
     * @return the value
     */
    abstract Optional<Long> value();

    /**
     * The current consumption, absent for quotas that report none; it can exceed the limit after the limit was lowered (wire {@code usage}).
     *
     * @return the value
     */
    abstract Optional<Long> usage();

    /**
     * Whether ClickHouse support can raise the limit (wire {@code adjustable}).
     *
     * @return the value
     */
    abstract Optional<Boolean> adjustable();
}
