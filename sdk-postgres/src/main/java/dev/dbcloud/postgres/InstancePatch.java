package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dbcloud.clickhouse.Tag;
import java.util.List;
import java.util.Optional;

/**
 * The wire body of {@code PATCH …/postgres/{postgresId}}: the caller's validated changes and a tag list that is
 * the caller's (validated by {@link UpdateInstanceParams}), the server's own (sent back exactly as read and
 * deliberately not validated again, since the server may hold tags a caller could not set: a {@code chc_} key, a
 * tag without a value), or absent, which makes the API clear every tag.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"name", "size", "haType", "tags"})
record InstancePatch(
        Optional<String> name, Optional<InstanceSize> size, Optional<HaType> haType, Optional<List<Tag>> tags) {
    InstancePatch {
        tags = tags.map(List::copyOf);
    }

    /**
     * The body of an update exactly as the caller asked: without tags when it sets none.
     *
     * @param params the caller's changes
     * @return the body
     */
    static InstancePatch of(UpdateInstanceParams params) {
        return new InstancePatch(params.name(), params.size(), params.haType(), params.tags());
    }

    /**
     * The body of an update carrying the given tags.
     *
     * @param params the caller's changes, whose own tags are ignored
     * @param tags the tags to send
     * @return the body
     */
    static InstancePatch withTags(UpdateInstanceParams params, List<Tag> tags) {
        return new InstancePatch(params.name(), params.size(), params.haType(), Optional.of(tags));
    }
}
