package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;

/**
 * The rules of {@link Plan}: what {@code PlanAttributes} does not say about it. The
 * generated {@code PlanDef} carries its annotations.
 */
abstract class PlanRules extends PlanAttributes {

    /** Fills {@code vcpu} from {@code cpu} when only the older field came. */
    @Value.Check
    PlanDef fallBackToCpu() {
        if (vcpu().isEmpty() && cpu().isPresent()) {
            return Plan.copyOf((PlanDef) this).withVcpu(cpu().get());
        }
        return (PlanDef) this;
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
