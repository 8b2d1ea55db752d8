package dev.dbcloud.clickhouse.clickpipes;

/**
 * The rules of {@link UsernamePassword}: what {@code UsernamePasswordAttributes} does not say about it. The
 * generated {@code UsernamePasswordDef} carries its annotations.
 */
abstract class UsernamePasswordRules extends UsernamePasswordAttributes {

    /**
     * Creates credentials.
     *
     * @param username the user name
     * @param password the password
     * @return the credentials
     */
    public static UsernamePassword of(String username, String password) {
        return UsernamePassword.builder().username(username).password(password).build();
    }
}
