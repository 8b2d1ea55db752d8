package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which version of a user-defined function a service runs (wire schema {@code UdfAttachment}), as {@link
 * Udfs#attach(String, String)} and {@link Udfs#getAttachment(String, String)} answer.
 *
 * <pre>{@code
 * UdfAttachment attachment = ch.organizations().udfs().getAttachment("normalize_url", serviceId);
 * boolean live = attachment.status().filter(UdfAttachmentStatus.DEPLOYED::equals).isPresent();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UdfAttachment.class)
@JsonDeserialize(as = UdfAttachment.class)
abstract class UdfAttachmentDef {
    /**
     * The function's name (wire {@code functionName}).
     *
     * @return the value
     */
    abstract String functionName();

    /**
     * The service it is attached to (wire {@code serviceId}).
     *
     * @return the value
     */
    abstract String serviceId();

    /**
     * The attachment's lifecycle state (wire {@code status}).
     *
     * @return the value
     */
    abstract Optional<UdfAttachmentStatus> status();

    /**
     * The attached version (wire {@code version}).
     *
     * @return the value
     */
    abstract Optional<Integer> version();
}
