package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan of a provider ({@code Plan}): instance size and price. Only {@link #id()} is sure to be there; the rest is
 * read as the API sends it.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Plan.class)
@JsonDeserialize(as = Plan.class)
abstract class PlanDef {
    /** @return the plan ID to create clusters with, e.g. {@code hobby-2} ({@code id}) */
    abstract String id();

    /** @return the name shown to users ({@code display_name}) */
    abstract Optional<String> displayName();

    /**
     * Virtual CPUs, possibly fractional ({@code vcpu}); read from the older {@code cpu} when the API sends only
     * that (the providers example of the API docs still does).
     *
     * @return the CPUs, if reported under either name
     */
    abstract Optional<Double> vcpu();

    /** @return CPUs ({@code cpu}; deprecated by the API in favour of {@code vcpu}), if reported */
    abstract Optional<Double> cpu();

    /** @return memory in GB, possibly fractional ({@code memory}), if reported */
    abstract Optional<Double> memory();

    /** @return baseline storage IOPS ({@code iops_baseline}), if published */
    abstract Optional<Double> iopsBaseline();

    /** @return maximum storage IOPS ({@code iops_maximum}), if published */
    abstract Optional<Double> iopsMaximum();

    /** @return whether the plan limits maximum storage performance ({@code maximum_performance_limited}) */
    abstract Optional<Boolean> maximumPerformanceLimited();

    /** @return the price rate in cents ({@code rate}), if reported */
    abstract Optional<Double> rate();

    /**
     * The regions offering the plan ({@code region_ids}). The API sends null, or nothing, for a plan offered in
     * every region; both decode to an empty list. {@link #isOfferedIn(String)} reads it for you.
     *
     * @return the region IDs; empty when the plan is offered in every region
     */
    abstract List<String> regionIds();

    /** Fills {@code vcpu} from {@code cpu} when only the older field came. */
    @Value.Check
    PlanDef fallBackToCpu() {
        if (vcpu().isEmpty() && cpu().isPresent()) {
            return Plan.copyOf(this).withVcpu(cpu().get());
        }
        return this;
    }

    /**
     * Whether the plan can be used in a region: {@link #regionIds()} is empty (every region) or names it.
     *
     * <pre>{@code
     * provider.plans().stream().filter(plan -> plan.isOfferedIn("us-west-2")).map(Plan::id).toList();
     * }</pre>
     *
     * @param regionId a region ID, e.g. {@code us-west-2}
     * @return true if the plan is offered there
     */
    @JsonIgnore
    public boolean isOfferedIn(String regionId) {
        requireNonNull(regionId, "regionId == null");
        return regionIds().isEmpty() || regionIds().contains(regionId);
    }
}
