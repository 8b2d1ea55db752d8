package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of {@link ScalingSchedules#upsert(String, UpsertScalingScheduleParams)} (wire schema {@code
 * ScalingSchedulePostRequest}): every entry of the schedule, which replaces the stored one whole. {@code entries}
 * is always sent; without entries it is {@code []}, which clears the schedule.
 *
 * <pre>{@code
 * UpsertScalingScheduleParams.builder().addEntries(businessHours, nights).build();
 * UpsertScalingScheduleParams.builder().build();        // {"entries": []}: clears the schedule
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpsertScalingScheduleParams.class)
@JsonDeserialize(as = UpsertScalingScheduleParams.class)
abstract class UpsertScalingScheduleParamsDef {
    /**
     * The schedule's entries (wire {@code entries}, required; empty clears the schedule).
     *
     * @return the entries
     */
    abstract List<ScalingScheduleEntryParams> entries();
}
