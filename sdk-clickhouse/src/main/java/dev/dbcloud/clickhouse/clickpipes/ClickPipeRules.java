package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of {@link ClickPipe}: what {@code ClickPipeAttributes} does not say about it. The
 * generated {@code ClickPipeDef} carries its annotations.
 */
abstract class ClickPipeRules extends ClickPipeAttributes {

    /**
     * The name, 1 to 255 characters (wire {@code name}); empty if a response leaves it out.
     *
     * @return the value
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    String name() {
        return "";
    }

    /**
     * The lifecycle state (wire {@code state}); {@link ClickPipeState#UNKNOWN} if a response leaves it out.
     *
     * @return the value
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    ClickPipeState state() {
        return ClickPipeState.UNKNOWN;
    }

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
