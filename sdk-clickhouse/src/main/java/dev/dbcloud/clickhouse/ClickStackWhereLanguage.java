package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The language of a ClickStack saved search's {@code where} filter (wire {@code whereLanguage}). Open: a value this
 * version does not know reads as itself.
 *
 * <pre>{@code
 * ClickStackSavedSearchParams.builder().name("Errors").sourceId(sourceId)
 *         .where("SeverityText:ERROR").whereLanguage(ClickStackWhereLanguage.LUCENE).build();
 * }</pre>
 */
public final class ClickStackWhereLanguage extends OpenEnum {
    private static final Values<ClickStackWhereLanguage> VALUES = new Values<>(ClickStackWhereLanguage::new);

    /** Lucene query syntax, {@code lucene}. */
    public static final ClickStackWhereLanguage LUCENE = VALUES.known("lucene");

    /** A SQL expression, {@code sql}. */
    public static final ClickStackWhereLanguage SQL = VALUES.known("sql");

    private ClickStackWhereLanguage(String value, boolean known) {
        super(value, known);
    }

    /**
     * The language with this wire value, known or not.
     *
     * @param value the wire value
     * @return the language
     */
    @JsonCreator
    public static ClickStackWhereLanguage of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this version knows.
     *
     * @return the known values
     */
    public static Collection<ClickStackWhereLanguage> knownValues() {
        return VALUES.knownValues();
    }
}
