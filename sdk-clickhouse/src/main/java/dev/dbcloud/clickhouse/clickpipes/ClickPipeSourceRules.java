package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of {@link ClickPipeSource}: what {@code ClickPipeSourceAttributes} does not say about it. The
 * generated {@code ClickPipeSourceDef} carries its annotations.
 */
abstract class ClickPipeSourceRules extends ClickPipeSourceAttributes {

    /**
     * The variants that are set, in declaration order.
     *
     * @return the kinds; exactly one for a well-formed source
     */
    @JsonIgnore
    public List<SourceKind> kinds() {
        List<SourceKind> kinds = new ArrayList<>();
        kafka().ifPresent(v -> kinds.add(SourceKind.KAFKA));
        objectStorage().ifPresent(v -> kinds.add(SourceKind.OBJECT_STORAGE));
        kinesis().ifPresent(v -> kinds.add(SourceKind.KINESIS));
        pubsub().ifPresent(v -> kinds.add(SourceKind.PUBSUB));
        postgres().ifPresent(v -> kinds.add(SourceKind.POSTGRES));
        mysql().ifPresent(v -> kinds.add(SourceKind.MYSQL));
        mongodb().ifPresent(v -> kinds.add(SourceKind.MONGODB));
        bigquery().ifPresent(v -> kinds.add(SourceKind.BIGQUERY));
        return List.copyOf(kinds);
    }

    /**
     * The kind of the source: the one variant that is set.
     *
     * @return the kind, or empty when none (a variant unknown to this SDK) or several are set
     */
    @JsonIgnore
    public Optional<SourceKind> kind() {
        List<SourceKind> kinds = kinds();
        return kinds.size() == 1 ? Optional.of(kinds.get(0)) : Optional.empty();
    }

    /**
     * Checks the rule every request source obeys: exactly one variant.
     *
     * @param field the field's name, for the message
     * @throws IllegalArgumentException naming the field and the variants that are set
     */
    void requireExactlyOne(String field) {
        if (kinds().size() != 1) {
            throw new IllegalArgumentException(field + " must set exactly one of kafka, objectStorage, kinesis,"
                    + " pubsub, postgres, mysql, mongodb, bigquery but sets " + (kinds().isEmpty() ? "none" : kinds()));
        }
    }
}
