package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The optional tags of a role policy (wire schema {@code RBACPolicyTags}), read and sent alike; empty ones are not
 * sent.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = RolePolicyTags.class)
@JsonDeserialize(as = RolePolicyTags.class)
abstract class RolePolicyTagsDef {
    /**
     * Database grants, e.g. database names (wire {@code grants}).
     *
     * @return the value
     */
    abstract List<String> grants();

    /**
     * The SQL console role (wire {@code roleV2}).
     *
     * @return the value
     */
    abstract Optional<SqlConsoleRole> roleV2();
}
