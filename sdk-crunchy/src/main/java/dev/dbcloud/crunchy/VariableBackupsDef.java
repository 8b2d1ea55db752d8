package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** How many backups of each period a cluster keeps ({@code variable_backups}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = VariableBackups.class)
@JsonDeserialize(as = VariableBackups.class)
abstract class VariableBackupsDef {
    /** @return daily backups kept ({@code daily}) */
    abstract Optional<Integer> daily();

    /** @return weekly backups kept ({@code weekly}) */
    abstract Optional<Integer> weekly();

    /** @return monthly backups kept ({@code monthly}) */
    abstract Optional<Integer> monthly();

    /** @return yearly backups kept ({@code yearly}) */
    abstract Optional<Integer> yearly();
}
