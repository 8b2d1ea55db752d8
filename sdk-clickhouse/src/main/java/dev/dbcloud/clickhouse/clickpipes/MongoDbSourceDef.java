package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The MongoDB source of a CDC ClickPipe (wire field {@code source.mongodb}). The URI may embed credentials, so it
 * prints as {@code ****} in {@code toString()}, as the password does; responses never carry the credentials.
 *
 * <p>A response may leave out any field the spec does not require, so {@code settings} are optional here: {@link
 * CreateClickPipeParams} refuses a create without them ({@link IllegalArgumentException} naming the field).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MongoDbSource.class)
@JsonDeserialize(as = MongoDbSource.class)
abstract class MongoDbSourceDef implements ServerTls {
    /**
     * The connection URI, {@code mongodb://…} or {@code mongodb+srv://…} (wire {@code uri}); printed as {@code ****} by
     * {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> uri();

    /**
     * The replica set members to read from (wire {@code readPreference}).
     *
     * @return the value
     */
    abstract Optional<MongoDbReadPreference> readPreference();

    /**
     * The user name and password; never returned by the API (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<UsernamePassword> credentials();

    /**
     * The replication settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<MongoDbPipeSettings> settings();

    /**
     * The collections to replicate (wire {@code tableMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<MongoDbTableMapping> tableMappings();
}
