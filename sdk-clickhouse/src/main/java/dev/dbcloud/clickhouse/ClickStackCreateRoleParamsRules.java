package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackCreateRoleParams}: what {@code ClickStackCreateRoleParamsAttributes} does not say about it. The
 * generated {@code ClickStackCreateRoleParamsDef} carries its annotations.
 */
abstract class ClickStackCreateRoleParamsRules extends ClickStackCreateRoleParamsAttributes {

    /** The specification's rules; see the type's documentation. */
    @Value.Check
    void check() {
        ClickStackPermissionRules.checkWritable(permissions());
    }
}
