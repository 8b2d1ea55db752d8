package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.core.internal.ModelToString;
import java.util.Optional;

/**
 * The rules of {@link BigQuerySource}: what {@code BigQuerySourceAttributes} does not say about it. The
 * generated {@code BigQuerySourceDef} carries its annotations.
 */
abstract class BigQuerySourceRules extends BigQuerySourceAttributes {

    /**
     * The fields that are present; the staging path's user info and query string are masked, should it be a
     * URL that carries a credential or a signature.
     *
     * @return the fields that are present
     */
    @Override
    public String toString() {
        return ModelToString.of("BigQuerySource")
                .addUrl("snapshotStagingPath", snapshotStagingPath())
                .add("credentials", credentials())
                .add("settings", settings())
                .add("tableMappings", Optional.of(tableMappings()))
                .toString();
    }
}
