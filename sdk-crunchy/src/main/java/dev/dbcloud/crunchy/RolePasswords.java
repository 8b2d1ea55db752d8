package dev.dbcloud.crunchy;

/** The password rotation of a cluster role, reached from {@link ClusterRoles#rotatePassword(String, String)}. */
final class RolePasswords {
    private RolePasswords() {}

    /**
     * Replaces a role's password with a new random one: the role's update with {@code {"rotate_password": true}}.
     *
     * @param roles the resource, with its view's options
     * @param clusterId the cluster's ID
     * @param roleName the role
     * @return the role with its new password and URI
     */
    static PostgresRole rotate(ClusterRoles roles, String clusterId, String roleName) {
        return roles.update(
                clusterId,
                roleName,
                UpdateRoleParams.builder().rotatePassword(true).build());
    }
}
