package dev.dbcloud.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A PATCH-style test model: generates {@code SampleUpdate}. */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = SampleUpdate.class)
@JsonDeserialize(as = SampleUpdate.class)
abstract class SampleUpdateDef {
    @Value.Default
    Patch<Integer> periodHours() {
        return Patch.absent();
    }

    @Value.Default
    Patch<String> startTime() {
        return Patch.absent();
    }

    abstract Optional<String> name();

    @Value.Redacted
    abstract Optional<String> password();

    abstract Optional<Instant> createdAt();
}
