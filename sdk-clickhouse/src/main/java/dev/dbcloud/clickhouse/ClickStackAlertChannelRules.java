package dev.dbcloud.clickhouse;

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
}
