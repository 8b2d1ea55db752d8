package dev.dbcloud.clickhouse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackAlertParams}: what {@code ClickStackAlertParamsAttributes} does not say about it. The
 * generated {@code ClickStackAlertParamsDef} carries its annotations.
 */
abstract class ClickStackAlertParamsRules extends ClickStackAlertParamsAttributes {
    /** What {@code ClickStackAlertChannelEmail} and {@code ClickStackAlertChannelWebhook} require, by type. */
    private static final Map<ClickStackAlertChannelType, List<String>> REQUIRED_OF_CHANNEL = Map.of(
            ClickStackAlertChannelType.WEBHOOK, List.of("channel.webhookId"),
            ClickStackAlertChannelType.EMAIL, List.of("channel.emailRecipients"));

    /** The specification's rules; see the type's documentation. */
    @Value.Check
    void check() {
        ClickStackChecks.require(this, List.of("channel.type"), "");
        channel()
                .flatMap(ClickStackAlertChannel::type)
                .ifPresent(type -> ClickStackChecks.require(
                        this,
                        REQUIRED_OF_CHANNEL.getOrDefault(type, List.of()),
                        " for a channel of type " + type.value()));
        Optional<ClickStackThresholdType> range = thresholdType()
                .filter(t ->
                        t.equals(ClickStackThresholdType.BETWEEN) || t.equals(ClickStackThresholdType.NOT_BETWEEN));
        if (range.isPresent()) {
            ClickStackChecks.require(
                    this,
                    List.of("thresholdMax"),
                    " for thresholdType " + range.get().value());
        }
        if (range.isPresent()
                && threshold().isPresent()
                && thresholdMax().get().compareTo(threshold().get()) < 0) {
            throw new IllegalArgumentException("thresholdMax must be at least threshold");
        }
    }
}
