package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link CustomPrivateDnsMapping}: what {@code CustomPrivateDnsMappingAttributes} does not say about it. The
 * generated {@code CustomPrivateDnsMappingDef} carries its annotations.
 */
abstract class CustomPrivateDnsMappingRules extends CustomPrivateDnsMappingAttributes {

    /**
     * Creates a mapping.
     *
     * @param privateDnsName the private DNS name
     * @return the mapping
     */
    public static CustomPrivateDnsMapping of(String privateDnsName) {
        return CustomPrivateDnsMapping.builder()
                .privateDnsName(requireNonNull(privateDnsName, "privateDnsName == null"))
                .build();
    }
}
