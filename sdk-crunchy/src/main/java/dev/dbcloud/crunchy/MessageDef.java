package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of an action that does not return a resource, such as starting a backup ({@code Message}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Message.class)
@JsonDeserialize(as = Message.class)
abstract class MessageDef {
    /** @return the message, e.g. {@code "Server will restart momentarily."} ({@code message}) */
    abstract Optional<String> message();
}
