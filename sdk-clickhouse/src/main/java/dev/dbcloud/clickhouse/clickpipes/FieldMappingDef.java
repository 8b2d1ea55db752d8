package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Maps a source field to a destination column (wire schema {@code ClickPipeFieldMapping}). A create request's
 * mappings must cover every destination column.
 *
 * <p>A response may leave out any field the spec does not require (it requires none), so {@code sourceField} and
 * {@code destinationField} are optional here: {@link CreateClickPipeParams} and {@link UpdateClickPipeParams} refuse
 * a mapping without them ({@link IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * FieldMapping id = FieldMapping.of("id", "id");
 * }</pre>
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
    abstract Optional<String> sourceField();

    /**
     * The destination column (wire {@code destinationField}).
     *
     * @return the value
     */
    abstract Optional<String> destinationField();

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
