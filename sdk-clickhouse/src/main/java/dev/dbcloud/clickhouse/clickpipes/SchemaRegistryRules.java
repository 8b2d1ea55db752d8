package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.core.internal.ModelToString;

/**
 * The rules of {@link SchemaRegistry}: what {@code SchemaRegistryAttributes} does not say about it. The
 * generated {@code SchemaRegistryDef} carries its annotations.
 */
abstract class SchemaRegistryRules extends SchemaRegistryAttributes {

    /**
     * The fields that are present; the URL's user info and query string are masked (a registry URL may carry
     * credentials), and so is the credentials' password.
     *
     * @return the fields that are present
     */
    @Override
    public String toString() {
        return ModelToString.of("SchemaRegistry")
                .addUrl("url", url())
                .add("authentication", authentication())
                .add("caCertificate", caCertificate())
                .add("credentials", credentials())
                .toString();
    }
}
