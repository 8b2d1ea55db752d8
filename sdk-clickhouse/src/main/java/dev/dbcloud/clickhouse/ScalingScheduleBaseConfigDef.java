package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The scaling a service uses when no schedule entry is active (wire schema {@code ScalingScheduleBaseConfig}); its
 * fields are those of {@link ScalingSettings}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ScalingScheduleBaseConfig.class)
@JsonDeserialize(as = ScalingScheduleBaseConfig.class)
abstract class ScalingScheduleBaseConfigDef implements ScalingSettings {}
