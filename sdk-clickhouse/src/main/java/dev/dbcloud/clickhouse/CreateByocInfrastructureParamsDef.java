package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of {@link ByocInfrastructures#create(CreateByocInfrastructureParams)} (wire schema {@code
 * ByocInfrastructurePostRequest}): a Bring Your Own Cloud infrastructure in a cloud account of yours. The
 * specification marks no field required; only what is set is sent.
 *
 * <pre>{@code
 * ByocConfig infra = ch.organizations().byocInfrastructure().create(CreateByocInfrastructureParams.builder()
 *     .regionId(CloudRegion.EU_WEST_1)
 *     .accountId("123456789012")
 *     .addAvailabilityZoneSuffixes("a", "b", "c")
 *     .vpcCidrRange("10.0.0.0/16")
 *     .displayName("eu-prod")
 *     .build());
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} when an availability zone suffix is not one of
 * {@code a} to {@code f}.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = CreateByocInfrastructureParams.class)
@JsonDeserialize(as = CreateByocInfrastructureParams.class)
abstract class CreateByocInfrastructureParamsDef {
    private static final Set<String> ZONE_SUFFIXES = Set.of("a", "b", "c", "d", "e", "f");

    /**
     * The region the infrastructure is in (wire {@code regionId}).
     *
     * @return the value
     */
    abstract Optional<CloudRegion> regionId();

    /**
     * The cloud account the infrastructure is configured for (wire {@code accountId}).
     *
     * @return the value
     */
    abstract Optional<String> accountId();

    /**
     * The availability zones, by suffix {@code a} to {@code f} (wire {@code availabilityZoneSuffixes}); not sent
     * when empty.
     *
     * @return the value
     */
    abstract List<String> availabilityZoneSuffixes();

    /**
     * The CIDR range of the VPC (wire {@code vpcCidrRange}), e.g. {@code 10.0.0.0/16}.
     *
     * @return the value
     */
    abstract Optional<String> vpcCidrRange();

    /**
     * A human-readable name (wire {@code displayName}).
     *
     * @return the value
     */
    abstract Optional<String> displayName();

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
