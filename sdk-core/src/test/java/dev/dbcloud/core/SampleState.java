package dev.dbcloud.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/** A forward-compatible test enumeration, declared the way OpenEnum's Javadoc prescribes. */
public final class SampleState extends OpenEnum {
    private static final Values<SampleState> VALUES = new Values<>(SampleState::new);

    public static final SampleState PROVISIONING = VALUES.known("provisioning");
    public static final SampleState RUNNING = VALUES.known("running");
    public static final SampleState STOPPED = VALUES.known("stopped");

    private SampleState(String value, boolean known) {
        super(value, known);
    }

    @JsonCreator
    public static SampleState of(String value) {
        return VALUES.of(value);
    }

    public static Collection<SampleState> knownValues() {
        return VALUES.knownValues();
    }
}
