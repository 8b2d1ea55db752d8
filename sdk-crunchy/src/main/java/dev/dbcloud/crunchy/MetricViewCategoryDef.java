package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The category of a {@link MetricView} ({@code MetricViewCategory}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = MetricViewCategory.class)
@JsonDeserialize(as = MetricViewCategory.class)
abstract class MetricViewCategoryDef {
    /** @return the category's ID, e.g. {@code general} or {@code pgbouncer} ({@code id}) */
    abstract Optional<String> id();

    /** @return its display name ({@code name}) */
    abstract Optional<String> name();

    /** @return its description ({@code description}) */
    abstract Optional<String> description();
}
