package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.postgres.internal.InstanceEndpoints;
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
     * @param invoker the invoker of the calling view, whose options every request carries
     * @param organization the organization of the instances
     * @param postgresId the instance id
     * @param params the changes
     * @return the instance as the API answered the PATCH
     */
    static PostgresInstance run(
            Invoker invoker, OrganizationResolver organization, String postgresId, UpdateInstanceParams params) {
        requireNonNull(params, "params == null");
        Instances.WithRawResponse raw = new Instances.WithRawResponse(invoker, organization);
        if (params.tags().isPresent()) {
            return raw.update(postgresId, params).value();
        }
        List<Tag> current = raw.get(postgresId).value().tags();
        InstancePatch keepingTags = InstancePatch.withTags(params, current);
        return new OrganizationInvoker(organization, invoker)
                .sendWith(InstanceEndpoints.UPDATE, keepingTags, postgresId)
                .value();
    }
}
