package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource tag (wire schema {@code ResourceTagsV1}).
 *
 * <pre>{@code
 * Tag env = Tag.builder().key("env").value("prod").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Tag.class)
@JsonDeserialize(as = Tag.class)
abstract class TagDef {
    /**
     * The key (wire {@code key}).
     *
     * @return the value
     */
    abstract String key();

    /**
     * The value (wire {@code value}).
     *
     * @return the value
     */
    abstract Optional<String> value();
}
