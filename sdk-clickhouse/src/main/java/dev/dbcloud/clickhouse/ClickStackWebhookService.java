package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * What a ClickStack webhook delivers to (wire {@code service}). Open: a value this version does not know reads as
 * itself. Webhooks are created with {@link #SLACK}, {@link #INCIDENT_IO} or {@link #GENERIC}; the API also reads
 * back {@link #SLACK_API} and {@link #PAGERDUTY_API} ones made elsewhere.
 *
 * <pre>{@code
 * ClickStackWebhookParams.of("Production Alerts", ClickStackWebhookService.SLACK, slackUrl);
 * }</pre>
 */
public final class ClickStackWebhookService extends OpenEnum {
    private static final Values<ClickStackWebhookService> VALUES = new Values<>(ClickStackWebhookService::new);

    /** A Slack incoming webhook, {@code slack}. */
    public static final ClickStackWebhookService SLACK = VALUES.known("slack");

    /** An incident.io alert event source, {@code incidentio}. */
    public static final ClickStackWebhookService INCIDENT_IO = VALUES.known("incidentio");

    /** Any HTTP endpoint, with an optional body template, {@code generic}. */
    public static final ClickStackWebhookService GENERIC = VALUES.known("generic");

    /** The Slack API, {@code slack_api}; read only. */
    public static final ClickStackWebhookService SLACK_API = VALUES.known("slack_api");

    /** PagerDuty's Events API, {@code pagerduty_api}; read only. */
    public static final ClickStackWebhookService PAGERDUTY_API = VALUES.known("pagerduty_api");

    private ClickStackWebhookService(String value, boolean known) {
        super(value, known);
    }

    /**
     * The service with this wire value, known or not.
     *
     * @param value the wire value
     * @return the service
     */
    @JsonCreator
    public static ClickStackWebhookService of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this version knows.
     *
     * @return the known values
     */
    public static Collection<ClickStackWebhookService> knownValues() {
        return VALUES.knownValues();
    }
}
