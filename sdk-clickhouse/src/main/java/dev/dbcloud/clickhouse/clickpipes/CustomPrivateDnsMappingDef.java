package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A private DNS name of a reverse private endpoint (wire schema {@code CustomPrivateDnsMapping}), usable as a
 * source's address; exact names and leading wildcards such as {@code *.example.com}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CustomPrivateDnsMapping.class)
@JsonDeserialize(as = CustomPrivateDnsMapping.class)
abstract class CustomPrivateDnsMappingDef {
    /**
     * The private DNS name (wire {@code privateDnsName}).
     *
     * @return the value
     */
    abstract Optional<String> privateDnsName();

    /**
     * Creates a mapping.
     *
     * @param privateDnsName the private DNS name
     * @return the mapping
     */
    public static CustomPrivateDnsMapping of(String privateDnsName) {
        requireNonNull(privateDnsName, "privateDnsName == null");
        return CustomPrivateDnsMapping.builder().privateDnsName(privateDnsName).build();
    }
}
