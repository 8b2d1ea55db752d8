package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.Tag;
import java.util.List;

/**
 * The update that keeps an instance's tags, reached from {@link Instances#update(String, UpdateInstanceParams)}.
 * The API clears every tag on a PATCH without {@code tags}, so an update that does not set them sends:
 *
 * <ol>
 *   <li>{@code GET …/postgres/{postgresId}}, for the tags the instance has now;
 *   <li>{@code PATCH …/postgres/{postgresId}} with the caller's changes and those tags, exactly as read (not checked
 *       against the rules for tags a caller sets: a reserved {@code chc_} tag or a tag without a value goes back
 *       unchanged).
 * </ol>
 *
 * <p>An update that sets tags sends the PATCH only. Not atomic: a tag change someone else makes between the GET
 * and the PATCH is lost (last writer wins).
 */
final class TagKeepingUpdate {
    private TagKeepingUpdate() {}

    /**
     * Runs the update.
     *
     * @param raw the raw view of the calling view, whose options every request carries
     * @param postgresId the instance id
     * @param params the changes
     * @return the instance as the API answered the PATCH
     */
    static PostgresInstance run(Instances.WithRawResponse raw, String postgresId, UpdateInstanceParams params) {
        requireNonNull(params, "params == null");
        if (params.tags().isPresent()) {
            return raw.update(postgresId, params).value();
        }
        List<Tag> current = raw.get(postgresId).value().tags();
        return raw.patch(postgresId, InstancePatch.withTags(params, current)).value();
    }
}
