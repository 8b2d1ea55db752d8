package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClickStackSavedSearches#create} and {@link ClickStackSavedSearches#update} (wire schema {@code
 * ClickStackSavedSearchInput}). An update is a full replace: a field left out is reset to its default, not kept.
 *
 * <pre>{@code
 * ClickStackSavedSearchParams errors = ClickStackSavedSearchParams.builder()
 *         .name("Production Errors")
 *         .sourceId(sourceId)
 *         .where("SeverityText:ERROR")
 *         .whereLanguage(ClickStackWhereLanguage.LUCENE)
 *         .addTags("production")
 *         .addFilters(ClickStackSearchFilter.sql("ServiceName IN ('checkout', 'payments')"))
 *         .build();
 * }</pre>
 *
 * <p>{@code name} and {@code sourceId} are required, as the specification says: {@code build()} throws {@link
 * IllegalArgumentException} naming the one missing. Optional fields not set are left out; the lists are always sent.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackSavedSearchParams.class)
@JsonDeserialize(as = ClickStackSavedSearchParams.class)
abstract class ClickStackSavedSearchParamsDef {
    /**
     * The display name (wire {@code name}); required.
     *
     * @return the value
     */
    abstract String name();

    /**
     * The id of the source to query, which must belong to the team (wire {@code sourceId}); required.
     *
     * @return the value
     */
    abstract String sourceId();

    /**
     * The comma-separated column expressions shown (wire {@code select}).
     *
     * @return the value
     */
    abstract Optional<String> select();

    /**
     * The row filter (wire {@code where}).
     *
     * @return the value
     */
    abstract Optional<String> where();

    /**
     * The language of {@code where} (wire {@code whereLanguage}).
     *
     * @return the value
     */
    abstract Optional<ClickStackWhereLanguage> whereLanguage();

    /**
     * The ORDER BY expression (wire {@code orderBy}).
     *
     * @return the value
     */
    abstract Optional<String> orderBy();

    /**
     * The tags (wire {@code tags}); sent as {@code []} when none are set.
     *
     * @return the value
     */
    abstract List<String> tags();

    /**
     * The pinned filters (wire {@code filters}); sent as {@code []} when none are set.
     *
     * @return the value
     */
    abstract List<ClickStackSearchFilter> filters();
}
