package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.ModelToString;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The BigQuery source of a snapshot ClickPipe (wire field {@code source.bigquery}; it cannot be changed by an
 * update). Responses never carry the credentials.
 *
 * <p>A response may leave out any field the spec does not require, so {@code snapshotStagingPath} are optional here:
 * {@link CreateClickPipeParams} refuses a create without them ({@link IllegalArgumentException} naming the field).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = BigQuerySource.class)
@JsonDeserialize(as = BigQuerySource.class)
abstract class BigQuerySourceDef {
    /**
     * The GCS path where snapshots are staged, {@code gs://bucket/prefix/} (wire {@code snapshotStagingPath}).
     *
     * @return the value
     */
    abstract Optional<String> snapshotStagingPath();

    /**
     * The service account key; never returned by the API (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<ServiceAccountKey> credentials();

    /**
     * The settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<BigQueryPipeSettings> settings();

    /**
     * The tables to copy (wire {@code tableMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<BigQueryTableMapping> tableMappings();

    /**
     * The fields that are present; the staging path's user info and query string are masked, should it be a
     * URL that carries a credential or a signature.
     *
     * @return the fields that are present
     */
    @Override
    public String toString() {
        return ModelToString.of("BigQuerySource")
                .addUrl("snapshotStagingPath", snapshotStagingPath())
                .add("credentials", credentials())
                .add("settings", settings())
                .add("tableMappings", Optional.of(tableMappings()))
                .toString();
    }
}
