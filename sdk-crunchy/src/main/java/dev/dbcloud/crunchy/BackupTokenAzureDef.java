package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Azure credentials of a {@link ClusterBackupToken} ({@code AzureBackupToken}); the key redacted in toString. */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = BackupTokenAzure.class)
@JsonDeserialize(as = BackupTokenAzure.class)
abstract class BackupTokenAzureDef {
    /** @return the storage account ({@code azure_account}) */
    abstract Optional<String> azureAccount();

    /** @return the container ({@code azure_container}) */
    abstract Optional<String> azureContainer();

    /** @return the key ({@code azure_key}); redacted in toString */
    @Value.Redacted
    abstract Optional<String> azureKey();

    /** @return the key's kind, {@code sas} or {@code shared} ({@code azure_key_type}) */
    abstract Optional<String> azureKeyType();
}
