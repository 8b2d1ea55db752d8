package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * The rules of {@link ClickPipe}: what {@code ClickPipeAttributes} does not say about it. The
 * generated {@code ClickPipeDef} carries its annotations.
 */
abstract class ClickPipeRules extends ClickPipeAttributes {

    /**
     * The kind of the pipe's source.
     *
     * @return the kind, or empty when the source is missing or of a kind this SDK does not know
     */
    @JsonIgnore
    public Optional<SourceKind> kind() {
        return source().flatMap(ClickPipeSource::kind);
    }
}
