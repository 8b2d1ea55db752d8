package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ClickStack webhook of a service (wire schema {@code ClickStackWebhook}, one of the Slack, incident.io, generic,
 * Slack API and PagerDuty API webhooks, told apart by {@code service}), read with {@link ClickStackWebhooks}. Only
 * the id is required to read one. The API never returns the headers and query parameters sent with a webhook.
 *
 * <pre>{@code
 * for (ClickStackWebhook w : ch.services().clickStack().webhooks().list(serviceId)) {
 *     System.out.println(w.id() + " " + w.name().orElse("") + " " + w.service().map(Object::toString).orElse(""));
 * }
 * }</pre>
 *
 * <p>The URL (a Slack webhook URL is itself a credential) and the body template print as {@code ****} in {@code
 * toString()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackWebhook.class)
@JsonDeserialize(as = ClickStackWebhook.class)
abstract class ClickStackWebhookDef {
    /**
     * The webhook's id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * What the webhook delivers to (wire {@code service}).
     *
     * @return the value
     */
    abstract Optional<ClickStackWebhookService> service();

    /**
     * The destination URL (wire {@code url}); printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> url();

    /**
     * The description shown in the UI (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The request body template of a generic webhook (wire {@code body}); printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> body();

    /**
     * When the webhook was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When the webhook last changed (wire {@code updatedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> updatedAt();
}
