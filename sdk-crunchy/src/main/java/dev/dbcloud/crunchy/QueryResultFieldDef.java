package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A column of a {@link Query}'s result ({@code QueryResultField}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = QueryResultField.class)
@JsonDeserialize(as = QueryResultField.class)
abstract class QueryResultFieldDef {
    /** @return the column's name ({@code name}) */
    abstract Optional<String> name();

    /** @return its Postgres type, e.g. {@code int4} ({@code type}) */
    abstract Optional<String> type();
}
