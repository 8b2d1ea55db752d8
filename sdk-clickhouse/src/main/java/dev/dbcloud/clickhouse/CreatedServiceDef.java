package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of creating a service (wire schema {@code ServicePostResponse}): the service, which starts
 * asynchronously in state {@code provisioning}, and the {@code default} user's password, shown only this once. The
 * password prints as {@code ****} in {@code toString()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CreatedService.class)
@JsonDeserialize(as = CreatedService.class)
abstract class CreatedServiceDef {
    /**
     * The new service (wire {@code service}).
     *
     * @return the value
     */
    abstract Service service();

    /**
     * The password of the {@code default} user, returned only by this call (wire {@code password}).
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> password();
}
