package dev.dbcloud.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Implemented by models that users read from an API and send back whole, as a {@code PUT} replaces a resource:
 * the fields this SDK version does not model are kept as read and written back unchanged, so an update never
 * erases what the API added after this SDK was built.
 *
 * <pre>{@code
 * PostgresRole role = cb.clusters().roles().get(clusterId, "application");
 * role.unknownFields();                       // e.g. {"valid_until": "2030-01-01T00:00:00Z"}
 * PostgresRole changed = role.withFlavor(RoleFlavor.READ);
 * // writing `changed` as JSON sends valid_until back as it came
 * }</pre>
 *
 * <p>A model declares it by implementing this interface on its {@code …Def} type; nothing else is needed. The
 * values print as {@code ****} in {@code toString()}, since a field the SDK does not know could hold a secret.
 */
public interface KeepsUnknownFields {

    /**
     * The fields of the JSON object this SDK does not model, by their wire names.
     *
     * @return the unknown fields; empty for a model built in code
     */
    @JsonAnyGetter
    @Value.Redacted
    Map<String, JsonNode> unknownFields();
}
