package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An audit event: something an account or the platform did to a team's resources ({@code Event}). The description
 * is for people and its wording may change; {@link #data()} is a snapshot of the object as it was then and need not
 * match today's models.
 *
 * <pre>{@code
 * for (Event e : cb.events().list(ListEventsParams.builder().clusterId(clusterId).build()).autoPager()) {
 *     System.out.println(e.createdAt().orElse(null) + " " + e.kind().orElse("?"));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Event.class)
@JsonDeserialize(as = Event.class)
abstract class EventDef {
    /** @return the event's ID, ordered by time ({@code id}) */
    abstract String id();

    /** @return the kind, e.g. {@code cluster.created} ({@code kind}) */
    abstract Optional<String> kind();

    /** @return the ID of the object the event concerns ({@code object_id}) */
    abstract Optional<String> objectId();

    /** @return the kind of that object, e.g. {@code network} ({@code object_kind}) */
    abstract Optional<String> objectKind();

    /** @return a description for people ({@code description}) */
    abstract Optional<String> description();

    /** @return a snapshot of the object ({@code data}); empty when absent */
    abstract Map<String, Object> data();

    /** @return the previous values of changed fields, on updates ({@code previous_properties}); empty when absent */
    abstract Map<String, Object> previousProperties();

    /** @return the account that caused it, if any ({@code actor_id}) */
    abstract Optional<String> actorId();

    /** @return that account's email, if any ({@code actor_email}) */
    abstract Optional<String> actorEmail();

    /** @return the actor's IP address, if any ({@code actor_ip}) */
    abstract Optional<String> actorIp();

    /** @return the cluster concerned, if any ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the team concerned, if any ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return the ID of the API request that caused it, if any ({@code request_id}) */
    abstract Optional<String> requestId();

    /** @return when it happened ({@code created_at}) */
    abstract Optional<Instant> createdAt();
}
