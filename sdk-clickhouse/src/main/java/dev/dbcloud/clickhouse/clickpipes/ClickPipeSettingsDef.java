package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The advanced settings of a ClickPipe (wire schema {@code ClickPipeSettings}, <strong>snake_case</strong> keys such
 * as {@code streaming_max_insert_wait_ms}). Every setting is optional: a setting left empty is not sent, and reads
 * as empty when the API answers {@code null} or nothing.
 *
 * <pre>{@code
 * ch.clickPipes(serviceId).updateSettings(pipeId, ClickPipeSettings.builder()
 *     .streamingMaxInsertWaitMs(5000)
 *     .clickhouseMaxInsertThreads(2)
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClickPipeSettings.class)
@JsonDeserialize(as = ClickPipeSettings.class)
abstract class ClickPipeSettingsDef {
    /**
     * The longest wait before an insert, in milliseconds, 500 to 60000 (wire {@code streaming_max_insert_wait_ms}).
     *
     * @return the value
     */
    abstract Optional<Integer> streamingMaxInsertWaitMs();

    /**
     * The number of files processed concurrently, 1 to 35 (wire {@code object_storage_concurrency}).
     *
     * @return the value
     */
    abstract Optional<Integer> objectStorageConcurrency();

    /**
     * The polling interval of continuous ingestion, in milliseconds, 100 to 3600000 (wire {@code
     * object_storage_polling_interval_ms}).
     *
     * @return the value
     */
    abstract Optional<Long> objectStoragePollingIntervalMs();

    /**
     * The bytes processed in one insert batch, 10485760 to 53687091200 (wire {@code object_storage_max_insert_bytes}).
     *
     * @return the value
     */
    abstract Optional<Long> objectStorageMaxInsertBytes();

    /**
     * The files processed in one insert batch, 1 to 10000 (wire {@code object_storage_max_file_count}).
     *
     * @return the value
     */
    abstract Optional<Integer> objectStorageMaxFileCount();

    /**
     * The ClickHouse {@code max_threads} of file processing, 0 to 64 (wire {@code clickhouse_max_threads}).
     *
     * @return the value
     */
    abstract Optional<Integer> clickhouseMaxThreads();

    /**
     * The ClickHouse {@code max_insert_threads}, 0 to 16 (wire {@code clickhouse_max_insert_threads}).
     *
     * @return the value
     */
    abstract Optional<Integer> clickhouseMaxInsertThreads();

    /**
     * The ClickHouse {@code min_insert_block_size_bytes}, 0 to 10737418240 (wire {@code
     * clickhouse_min_insert_block_size_bytes}).
     *
     * @return the value
     */
    abstract Optional<Long> clickhouseMinInsertBlockSizeBytes();

    /**
     * The ClickHouse {@code max_download_threads}, 0 to 32 (wire {@code clickhouse_max_download_threads}).
     *
     * @return the value
     */
    abstract Optional<Integer> clickhouseMaxDownloadThreads();

    /**
     * The ClickHouse {@code parallel_distributed_insert_select}, 0 to 2 (wire {@code
     * clickhouse_parallel_distributed_insert_select}).
     *
     * @return the value
     */
    abstract Optional<Integer> clickhouseParallelDistributedInsertSelect();

    /**
     * Whether the ClickHouse cluster function distributes the processing (wire {@code
     * object_storage_use_cluster_function}).
     *
     * @return the value
     */
    abstract Optional<Boolean> objectStorageUseClusterFunction();

    /**
     * Whether attached views are pushed to concurrently (wire {@code clickhouse_parallel_view_processing}).
     *
     * @return the value
     */
    abstract Optional<Boolean> clickhouseParallelViewProcessing();
}
