package dev.dbcloud.postgres;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The rules of {@link ConfigParams}: what {@code ConfigParamsAttributes} does not say about it. The
 * generated {@code ConfigParamsDef} carries its annotations.
 */
abstract class ConfigParamsRules extends ConfigParamsAttributes {

    @Value.Check
    ConfigParamsDef check() {
        if (pgBouncerConfig().isEmpty()) {
            return (ConfigParamsDef) this;
        }
        Map<String, String> pgBouncer = pgBouncerConfig().get();
        Rules.pgBouncerConfig(pgBouncer);
        Map<String, String> copy = Map.copyOf(pgBouncer);
        return copy == pgBouncer
                ? (ConfigParamsDef) this
                : ConfigParams.copyOf((ConfigParamsDef) this).withPgBouncerConfig(copy);
    }
}
