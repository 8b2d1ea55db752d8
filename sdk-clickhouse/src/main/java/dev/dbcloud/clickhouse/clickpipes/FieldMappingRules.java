package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link FieldMapping}: what {@code FieldMappingAttributes} does not say about it. The
 * generated {@code FieldMappingDef} carries its annotations.
 */
abstract class FieldMappingRules extends FieldMappingAttributes {

    /**
     * Creates a mapping.
     *
     * @param sourceField the source field
     * @param destinationField the destination column
     * @return the mapping
     */
    public static FieldMapping of(String sourceField, String destinationField) {
        requireNonNull(sourceField, "sourceField == null");
        requireNonNull(destinationField, "destinationField == null");
        return FieldMapping.builder()
                .sourceField(sourceField)
                .destinationField(destinationField)
                .build();
    }
}
