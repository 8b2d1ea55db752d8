package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ClickStack saved search of a service (wire schema {@code ClickStackSavedSearch}), read with {@link
 * ClickStackSavedSearches}. Only the id is required to read one; every other field is optional.
 *
 * <pre>{@code
 * for (ClickStackSavedSearch s : ch.services().clickStack().savedSearches().list(serviceId)) {
 *     System.out.println(s.id() + " " + s.name().orElse("") + " " + s.where().orElse(""));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackSavedSearch.class)
@JsonDeserialize(as = ClickStackSavedSearch.class)
abstract class ClickStackSavedSearchDef {
    /**
     * The saved search's id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The display name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The id of the source the search queries (wire {@code sourceId}).
     *
     * @return the value
     */
    abstract Optional<String> sourceId();

    /**
     * The comma-separated column expressions shown; empty uses the source's default (wire {@code select}).
     *
     * @return the value
     */
    abstract Optional<String> select();

    /**
     * The row filter, in {@link #whereLanguage()} (wire {@code where}).
     *
     * @return the value
     */
    abstract Optional<String> where();

    /**
     * The language of {@link #where()} (wire {@code whereLanguage}).
     *
     * @return the value
     */
    abstract Optional<ClickStackWhereLanguage> whereLanguage();

    /**
     * The ORDER BY expression; empty uses the source's default (wire {@code orderBy}).
     *
     * @return the value
     */
    abstract Optional<String> orderBy();

    /**
     * The tags (wire {@code tags}); empty when absent.
     *
     * @return the value
     */
    abstract List<String> tags();

    /**
     * The pinned filters (wire {@code filters}); empty when absent.
     *
     * @return the value
     */
    abstract List<ClickStackSearchFilter> filters();

    /**
     * The id of the team that owns the search (wire {@code teamId}).
     *
     * @return the value
     */
    abstract Optional<String> teamId();

    /**
     * When the search was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When the search last changed (wire {@code updatedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> updatedAt();
}
