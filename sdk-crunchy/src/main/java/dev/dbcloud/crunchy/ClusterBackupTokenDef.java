package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Short-lived credentials for reading a cluster's backup repository with pgBackRest ({@code ClusterBackupToken}).
 * Exactly one of {@link #aws()}, {@link #azure()} and {@link #gcp()} is present, after {@link #type()}. Keys, secrets
 * and session tokens are redacted in {@code toString()}, and the answer is never shown in the SDK's log lines.
 *
 * <pre>{@code
 * ClusterBackupToken token = cb.clusters().createBackupToken(clusterId);
 * token.aws().ifPresent(aws -> env.put("PGBACKREST_REPO1_S3_KEY", aws.s3Key().orElseThrow()));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterBackupToken.class)
@JsonDeserialize(as = ClusterBackupToken.class)
abstract class ClusterBackupTokenDef {
    /** @return an ID for this answer only; the API keeps no token resource ({@code id}) */
    abstract Optional<String> id();

    /** @return the cluster's ID ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the cluster's team ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return the storage kind: {@code s3}, {@code azure} or {@code gcs} ({@code type}) */
    abstract Optional<String> type();

    /** @return the repository path for pgBackRest ({@code repo_path}) */
    abstract Optional<String> repoPath();

    /** @return the pgBackRest stanza ({@code stanza}) */
    abstract Optional<String> stanza();

    /** @return the S3 credentials, for type {@code s3} ({@code aws}) */
    abstract Optional<BackupTokenAws> aws();

    /** @return the Azure credentials, for type {@code azure} ({@code azure}) */
    abstract Optional<BackupTokenAzure> azure();

    /** @return the Google Cloud Storage location, for type {@code gcs} ({@code gcp}) */
    abstract Optional<BackupTokenGcp> gcp();
}
