package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The scaling of a ClickPipe (wire schema {@code ClickPipeScaling}), read from a pipe and optionally sent when
 * creating one. Streaming pipes scale by {@code replicas} of {@code replicaCpuMillicores} and {@code
 * replicaMemoryGb} each; object storage pipes used {@code concurrency} (deprecated).
 *
 * <p>Responses sometimes carry Kubernetes quantity strings instead of numbers; both are read into the same typed
 * values. CPU is whole millicores: a number is millicores, as the field's name says; a string is a quantity, {@code
 * "500m"} and {@code "0.5"} (cores) both read as 500, {@code "2"} as 2000. Memory is GB: a number is GB; {@code
 * "1Gi"} and {@code "1G"} read as 1.0, {@code "512Mi"} as 0.5 (binary and decimal suffixes are both taken as the
 * API's GB, which is a GiB).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickPipeScaling.class)
@JsonDeserialize(as = ClickPipeScaling.class)
abstract class ClickPipeScalingDef implements PipeScaling {}
