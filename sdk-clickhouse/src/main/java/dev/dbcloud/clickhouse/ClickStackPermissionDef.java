package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CASL permission of a ClickStack role (wire schema {@code ClickStackCASLPermission}): an action on a subject,
 * granted, or denied when {@code inverted}.
 *
 * <pre>{@code
 * ClickStackPermission readDashboards = ClickStackPermission.of("read", "dashboard");
 * ClickStackPermission noAlerts = ClickStackPermission.of("manage", "alert").withInverted(true);
 * }</pre>
 *
 * <p>Read tolerantly, every field is optional; the roles' parameters refuse a permission without {@code action}
 * or {@code subject}, which the specification requires on writes.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackPermission.class)
@JsonDeserialize(as = ClickStackPermission.class)
abstract class ClickStackPermissionDef {
    /**
     * The action granted or denied, e.g. {@code read} (wire {@code action}).
     *
     * @return the value
     */
    abstract Optional<String> action();

    /**
     * The resource the action applies to, e.g. {@code dashboard} (wire {@code subject}).
     *
     * @return the value
     */
    abstract Optional<String> subject();

    /**
     * Whether the rule denies rather than grants (wire {@code inverted}).
     *
     * @return the value
     */
    abstract Optional<Boolean> inverted();

    /**
     * The integration the permission is scoped to (wire {@code integration}).
     *
     * @return the value
     */
    abstract Optional<String> integration();

    /**
     * The CASL conditions, a free-form object the specification leaves open (wire {@code conditions}).
     *
     * @return the value
     */
    abstract Optional<Map<String, Object>> conditions();

    /**
     * A permission granting an action on a subject.
     *
     * @param action the action, e.g. {@code read}
     * @param subject the subject, e.g. {@code dashboard}
     * @return the permission
     */
    public static ClickStackPermission of(String action, String subject) {
        return ClickStackPermission.builder()
                .action(requireNonNull(action, "action == null"))
                .subject(requireNonNull(subject, "subject == null"))
                .build();
    }

    /**
     * Refuses a permission to be written without an action or a subject.
     *
     * @param permissions the permissions of a role's parameters
     * @throws IllegalArgumentException naming {@code permissions[i].action} or {@code permissions[i].subject}
     */
    static void checkWritable(List<ClickStackPermission> permissions) {
        for (int i = 0; i < permissions.size(); i++) {
            ClickStackPermission p = permissions.get(i);
            if (p.action().isEmpty()) {
                throw new IllegalArgumentException("permissions[" + i + "].action is required");
            }
            if (p.subject().isEmpty()) {
                throw new IllegalArgumentException("permissions[" + i + "].subject is required");
            }
        }
    }
}
