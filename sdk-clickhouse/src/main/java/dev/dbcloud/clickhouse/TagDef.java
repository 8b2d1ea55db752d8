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
     * The key (wire {@code key}). Required, unlike every other optional field of a response model: a tag is its
     * key. The spec requires it ({@code ResourceTagsV1.required}), so a tag without one could not be written back,
     * and the SDK writes read tags back: removing a tag ({@link TagChanges#remove()}) names it by key, and Managed
     * Postgres' tag-keeping update ({@code sdk-postgres}) re-sends the tags it read.
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
