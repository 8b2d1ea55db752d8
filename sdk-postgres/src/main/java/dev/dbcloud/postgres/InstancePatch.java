package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dbcloud.clickhouse.Tag;
import java.util.List;
import java.util.Optional;

/**
 * The wire body of {@code PATCH …/postgres/{postgresId}}: the caller's validated changes and a tag list that is
 * either the caller's (validated by {@link UpdateInstanceParams}) or the server's own, sent back exactly as read
 * and deliberately not validated again, since the server may hold tags a caller could not set (a {@code chc_} key,
 * a tag without a value).
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"name", "size", "haType", "tags"})
record InstancePatch(Optional<String> name, Optional<InstanceSize> size, Optional<HaType> haType, List<Tag> tags) {
    InstancePatch {
        tags = List.copyOf(tags);
    }

    /**
     * The body of an update.
     *
     * @param params the caller's changes
     * @param tags the caller's tags, or those the server holds now when the caller sets none
     * @return the body
     */
    static InstancePatch of(UpdateInstanceParams params, List<Tag> tags) {
        return new InstancePatch(params.name(), params.size(), params.haType(), tags);
    }
}
