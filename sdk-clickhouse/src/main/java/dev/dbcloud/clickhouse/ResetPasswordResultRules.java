package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link ResetPasswordResult}: what {@code ResetPasswordResultAttributes} does not say about it. The
 * generated {@code ResetPasswordResultDef} carries its annotations.
 */
abstract class ResetPasswordResultRules extends ResetPasswordResultAttributes {

    /** An empty password is no password. */
    @Value.Check
    ResetPasswordResultDef normalize() {
        if (password().filter(String::isEmpty).isPresent()) {
            return ResetPasswordResult.builder().build();
        }
        return (ResetPasswordResultDef) this;
    }
}
