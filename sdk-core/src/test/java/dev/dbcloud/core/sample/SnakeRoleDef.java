package dev.dbcloud.core.sample;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.KeepsUnknownFields;
import java.util.Optional;
import org.immutables.value.Value;

/** A model users send back whole with a PUT, declared as the API modules declare theirs. */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = SnakeRole.class)
@JsonDeserialize(as = SnakeRole.class)
abstract class SnakeRoleDef implements KeepsUnknownFields {
    abstract String name();

    abstract Optional<String> roleFlavor();
}
