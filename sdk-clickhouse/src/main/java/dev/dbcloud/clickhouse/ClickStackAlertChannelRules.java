package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.ClickStackChecks.require;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The rules of {@link ClickStackAlertChannel}: what {@code ClickStackAlertChannelAttributes} does not say about it. The
 * generated {@code ClickStackAlertChannelDef} carries its annotations.
 */
abstract class ClickStackAlertChannelRules extends ClickStackAlertChannelAttributes {

    /**
     * A channel notifying through a webhook of the service.
     *
     * @param webhookId the webhook's id
     * @return the channel
     */
    public static ClickStackAlertChannel webhook(String webhookId) {
        return ClickStackAlertChannel.builder()
                .type(ClickStackAlertChannelType.WEBHOOK)
                .webhookId(requireNonNull(webhookId, "webhookId == null"))
                .build();
    }

    /**
     * A channel notifying by email.
     *
     * @param recipients the email addresses
     * @return the channel
     */
    public static ClickStackAlertChannel email(String... recipients) {
        return ClickStackAlertChannel.builder()
                .type(ClickStackAlertChannelType.EMAIL)
                .emailRecipients(List.of(recipients))
                .build();
    }

    /**
     * Refuses a channel without what the specification requires of its type, before it is sent.
     *
     * @throws IllegalArgumentException naming {@code channel.type}, {@code channel.webhookId} or {@code
     *     channel.emailRecipients}
     */
    void checkWritable() {
        require(type(), "channel.type", "");
        if (type().get().equals(ClickStackAlertChannelType.WEBHOOK)) {
            require(webhookId(), "channel.webhookId", " for a webhook channel");
        }
        if (type().get().equals(ClickStackAlertChannelType.EMAIL)
                && emailRecipients().isEmpty()) {
            throw new IllegalArgumentException("channel.emailRecipients is required for an email channel");
        }
    }
}
