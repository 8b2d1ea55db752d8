package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the organization's activity log (wire schema {@code Activity}): who did what, when, to which service or key.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Activity.class)
@JsonDeserialize(as = Activity.class)
abstract class ActivityDef {
    /**
     * The activity id (wire {@code id}), the {@code activityId} of {@link Activities#get(String)}.
     *
     * @return the value
     */
    abstract String id();

    /**
     * When it happened (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * What happened (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<ActivityType> type();

    /**
     * Who did it: a user, support, the system or an API key (wire {@code actorType}).
     *
     * @return the value
     */
    abstract Optional<ActorType> actorType();

    /**
     * The actor id (wire {@code actorId}).
     *
     * @return the value
     */
    abstract Optional<String> actorId();

    /**
     * More about the actor (wire {@code actorDetails}).
     *
     * @return the value
     */
    abstract Optional<String> actorDetails();

    /**
     * The actor IP address, for users and API keys (wire {@code actorIpAddress}).
     *
     * @return the value
     */
    abstract Optional<String> actorIpAddress();

    /**
     * The organization it concerns (wire {@code organizationId}).
     *
     * @return the value
     */
    abstract Optional<String> organizationId();

    /**
     * The service it concerns, if any (wire {@code serviceId}).
     *
     * @return the value
     */
    abstract Optional<String> serviceId();

    /**
     * The actor user agent (wire {@code userAgent}).
     *
     * @return the value
     */
    abstract Optional<String> userAgent();

    /**
     * For {@code openapi_key_update}: the API key that changed (wire {@code targetKeyId}).
     *
     * @return the value
     */
    abstract Optional<String> targetKeyId();

    /**
     * For {@code openapi_key_update}: what changed in the key (wire {@code keyUpdateType}).
     *
     * @return the value
     */
    abstract Optional<KeyUpdateType> keyUpdateType();
}
