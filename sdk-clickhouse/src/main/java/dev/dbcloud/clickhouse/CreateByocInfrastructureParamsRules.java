package dev.dbcloud.clickhouse;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateByocInfrastructureParams}: what {@code CreateByocInfrastructureParamsAttributes} does not say about it. The
 * generated {@code CreateByocInfrastructureParamsDef} carries its annotations.
 */
abstract class CreateByocInfrastructureParamsRules extends CreateByocInfrastructureParamsAttributes {
    private static final Set<String> ZONE_SUFFIXES = Set.of("a", "b", "c", "d", "e", "f");

    @Value.Check
    void check() {
        for (int i = 0; i < availabilityZoneSuffixes().size(); i++) {
            String suffix = availabilityZoneSuffixes().get(i);
            if (!ZONE_SUFFIXES.contains(suffix)) {
                throw new IllegalArgumentException(
                        "availabilityZoneSuffixes[" + i + "] must be one of a, b, c, d, e, f but is " + suffix);
            }
        }
    }
}
