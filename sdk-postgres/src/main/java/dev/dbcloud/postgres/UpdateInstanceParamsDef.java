package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of an instance update (wire schema {@code PostgresServicePatchRequest}): only the fields set are sent.
 *
 * <pre>{@code
 * UpdateInstanceParams bigger = UpdateInstanceParams.builder().size(InstanceSize.R8GD_XLARGE).build();
 * pg.instances().update(id, bigger);                                 // keeps the tags: see below
 * pg.instances().waitUntilApplied(id, bigger, Duration.ofMinutes(30));
 * }</pre>
 *
 * <p><strong>Tags:</strong> the API does not merge {@code tags} (despite documenting JSON Merge Patch): a PATCH
 * without {@code tags} clears them all. So when {@link #tags()} is not set, {@link Instances#update(String,
 * UpdateInstanceParams)} first reads the instance and sends its current tags back exactly as read (a tag change
 * made by someone else between that read and the PATCH is lost: last writer wins). Set {@code tags} to replace
 * them, and to an empty list to remove them all.
 *
 * <p>Checked by {@code build()}: at least one field is set; the name has 1 to 50 characters; tags follow the
 * rules of {@link CreateInstanceParams}. Read replicas cannot be updated (the API answers 400).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateInstanceParams.class)
@JsonDeserialize(as = UpdateInstanceParams.class)
abstract class UpdateInstanceParamsDef {
    /**
     * The new name (wire {@code name}); renaming changes the hostname and the TLS certificates.
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The new VM size (wire {@code size}).
     *
     * @return the value
     */
    abstract Optional<InstanceSize> size();

    /**
     * The new high-availability setup (wire {@code haType}).
     *
     * @return the value
     */
    abstract Optional<HaType> haType();

    /**
     * The complete new tag list (wire {@code tags}), replacing the current one; empty removes every tag.
     * When unset, the current tags are read and sent back. Kept as an unmodifiable copy.
     *
     * @return the value
     */
    abstract Optional<List<Tag>> tags();

    @Value.Check
    UpdateInstanceParamsDef check() {
        if (name().isEmpty() && size().isEmpty() && haType().isEmpty() && tags().isEmpty()) {
            throw new IllegalArgumentException(
                    "UpdateInstanceParams must set at least one of name, size, haType, tags");
        }
        name().ifPresent(n -> Rules.name(n, "name"));
        if (tags().isEmpty()) {
            return this;
        }
        List<Tag> tags = tags().get();
        List<Tag> copy = List.copyOf(tags);
        Rules.tags(copy);
        return copy == tags ? this : UpdateInstanceParams.copyOf(this).withTags(copy);
    }
}
