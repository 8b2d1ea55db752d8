package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published change to Crunchy Bridge ({@code Changelog}).
 *
 * <pre>{@code
 * Changelog entry = cb.changelogs().get("postgres-18");        // by ID or by name
 * System.out.println(entry.title().orElse("?"));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Changelog.class)
@JsonDeserialize(as = Changelog.class)
abstract class ChangelogDef {
    /** @return the entry's ID ({@code id}) */
    abstract String id();

    /** @return the entry's stable name, which {@link Changelogs#get(String)} also accepts ({@code name}) */
    abstract Optional<String> name();

    /** @return the product area, if categorised ({@code component}) */
    abstract Optional<ChangelogComponent> component();

    /** @return the title ({@code title}) */
    abstract Optional<String> title();

    /** @return the description ({@code description}) */
    abstract Optional<String> description();

    /** @return when the change was published ({@code published_at}) */
    abstract Optional<Instant> publishedAt();

    /** @return when the entry was created ({@code created_at}) */
    abstract Optional<Instant> createdAt();

    /** @return when the entry was last updated ({@code updated_at}) */
    abstract Optional<Instant> updatedAt();
}
