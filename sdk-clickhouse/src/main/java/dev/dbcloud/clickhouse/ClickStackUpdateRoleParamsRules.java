package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackUpdateRoleParams}: what {@code ClickStackUpdateRoleParamsAttributes} does not say about it. The
 * generated {@code ClickStackUpdateRoleParamsDef} carries its annotations.
 */
abstract class ClickStackUpdateRoleParamsRules extends ClickStackUpdateRoleParamsAttributes {

    /** The specification's rules; see the type's documentation. */
    @Value.Check
    void check() {
        ClickStackPermissionRules.checkWritable(permissions());
    }
}
