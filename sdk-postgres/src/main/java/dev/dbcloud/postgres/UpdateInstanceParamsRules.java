package dev.dbcloud.postgres;

import dev.dbcloud.clickhouse.Tag;
import java.util.List;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateInstanceParams}: what {@code UpdateInstanceParamsAttributes} does not say about it. The
 * generated {@code UpdateInstanceParamsDef} carries its annotations.
 */
abstract class UpdateInstanceParamsRules extends UpdateInstanceParamsAttributes {

    @Value.Check
    UpdateInstanceParamsDef check() {
        if (name().isEmpty() && size().isEmpty() && haType().isEmpty() && tags().isEmpty()) {
            throw new IllegalArgumentException(
                    "UpdateInstanceParams must set at least one of name, size, haType, tags");
        }
        name().ifPresent(n -> Rules.name(n, "name"));
        if (tags().isEmpty()) {
            return (UpdateInstanceParamsDef) this;
        }
        List<Tag> tags = tags().get();
        List<Tag> copy = List.copyOf(tags);
        Rules.tags(copy);
        return copy == tags
                ? (UpdateInstanceParamsDef) this
                : UpdateInstanceParams.copyOf((UpdateInstanceParamsDef) this).withTags(copy);
    }
}
