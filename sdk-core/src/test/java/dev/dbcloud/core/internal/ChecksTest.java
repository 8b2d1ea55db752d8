package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {
    @ParameterizedTest
    @ValueSource(strings = {"svc-1", "a/b", "...", ".hidden"})
    void pathSegmentAcceptsWhatEncodesToOneSegment(String id) {
        assertThat(Checks.pathSegment(id, "serviceId")).isSameAs(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", ".."})
    void pathSegmentRefusesBlankAndDotSegmentsNamingTheArgument(String id) {
        assertThatThrownBy(() -> Checks.pathSegment(id, "serviceId"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("serviceId must not be");
    }

    @Test
    void pathSegmentRefusesNull() {
        assertThatThrownBy(() -> Checks.pathSegment(null, "serviceId"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("serviceId == null");
    }
}
