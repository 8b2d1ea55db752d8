package dev.dbcloud.postgres;

import java.util.Optional;

/**
 * Where a query came from and what it was, as both a {@link SlowQueryPattern} and each of its {@link
 * QueryExecution}s report it: the database, the user, the top-level operation, the application and the
 * normalized text. Every field is optional, although the API documents them as always present. The generated
 * types list these attributes first; {@code @JsonPropertyOrder} keeps the API's order when they are written.
 */
interface QueryOrigin {
    /**
     * The database the query ran in (wire {@code dbName}).
     *
     * @return the value
     */
    Optional<String> dbName();

    /**
     * The database user that ran it (wire {@code dbUser}).
     *
     * @return the value
     */
    Optional<String> dbUser();

    /**
     * The top-level SQL operation, e.g. {@code SELECT} or {@code UTILITY} (wire {@code dbOperation}).
     *
     * @return the value
     */
    Optional<String> dbOperation();

    /**
     * The Postgres {@code application_name} of the session that ran it (wire {@code app}).
     *
     * @return the value
     */
    Optional<String> app();

    /**
     * The normalized query text, literals replaced by placeholders (wire {@code queryText}).
     *
     * @return the value
     */
    Optional<String> queryText();
}
