package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The rules of {@link ClickStackPermission}: what {@code ClickStackPermissionAttributes} does not say about it. The
 * generated {@code ClickStackPermissionDef} carries its annotations.
 */
abstract class ClickStackPermissionRules extends ClickStackPermissionAttributes {

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
