package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The Google Cloud Storage location of a {@link ClusterBackupToken} ({@code GCPBackupToken}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = BackupTokenGcp.class)
@JsonDeserialize(as = BackupTokenGcp.class)
abstract class BackupTokenGcpDef {
    /** @return the bucket ({@code gcs_bucket}) */
    abstract Optional<String> gcsBucket();
}
