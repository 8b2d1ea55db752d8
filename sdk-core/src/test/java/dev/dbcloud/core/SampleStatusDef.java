package dev.dbcloud.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A response-style test model with scalar fields and an open enum: generates {@code SampleStatus}. */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = SampleStatus.class)
@JsonDeserialize(as = SampleStatus.class)
abstract class SampleStatusDef {
    abstract int replicas();

    abstract boolean highAvailability();

    abstract Optional<Integer> storageGb();

    abstract SampleState state();

    /** Typed boolean, but the older ClickHouse reference sends it as the string "true". */
    abstract Optional<Boolean> isPrimary();
}
