package dev.dbcloud.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A test model with a single string attribute, like a password reset's result: generates {@code SampleSecret},
 * whose private constructor takes one {@code String}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = SampleSecret.class)
@JsonDeserialize(as = SampleSecret.class)
abstract class SampleSecretDef {
    @Value.Redacted
    abstract Optional<String> password();
}
