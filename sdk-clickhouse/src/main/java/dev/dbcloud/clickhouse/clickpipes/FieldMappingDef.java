package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * Maps a source field to a destination column (wire schema {@code ClickPipeFieldMapping}). A create request's
 * mappings must cover every destination column.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = FieldMapping.class)
@JsonDeserialize(as = FieldMapping.class)
abstract class FieldMappingDef {
    /**
     * The source field (wire {@code sourceField}).
     *
     * @return the value
     */
    abstract String sourceField();

    /**
     * The destination column (wire {@code destinationField}).
     *
     * @return the value
     */
    abstract String destinationField();

    /**
     * Creates a mapping.
     *
     * @param sourceField the source field
     * @param destinationField the destination column
     * @return the mapping
     */
    public static FieldMapping of(String sourceField, String destinationField) {
        return FieldMapping.builder()
                .sourceField(sourceField)
                .destinationField(destinationField)
                .build();
    }
}
