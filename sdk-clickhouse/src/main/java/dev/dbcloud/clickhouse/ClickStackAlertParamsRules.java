package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.ClickStackChecks.require;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackAlertParams}: what {@code ClickStackAlertParamsAttributes} does not say about it. The
 * generated {@code ClickStackAlertParamsDef} carries its annotations.
 */
abstract class ClickStackAlertParamsRules extends ClickStackAlertParamsAttributes {

    /** The specification's rules; see the type's documentation. */
    @Value.Check
    void check() {
        channel().ifPresent(ClickStackAlertChannel::checkWritable);
        boolean range = thresholdType().equals(Optional.of(ClickStackThresholdType.BETWEEN))
                || thresholdType().equals(Optional.of(ClickStackThresholdType.NOT_BETWEEN));
        if (range) {
            require(
                    thresholdMax(),
                    "thresholdMax",
                    " for thresholdType " + thresholdType().get().value());
        }
        if (range
                && threshold().isPresent()
                && thresholdMax().get().compareTo(threshold().get()) < 0) {
            throw new IllegalArgumentException("thresholdMax must be at least threshold");
        }
    }
}
