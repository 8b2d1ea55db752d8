package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Checks on the states a poller saw. The local cloud runs on accelerated real time, so a poller on a busy machine
 * may miss a state that lasts only a few hundred milliseconds: what it saw must end in the awaited state and keep
 * the expected order, but any state in between may be missing.
 */
final class States {
    private States() {}

    /**
     * Asserts that {@code seen} ends with the last of {@code allowed} and holds nothing but states of {@code
     * allowed}, in their order (each intermediate state optional).
     */
    static void passedThrough(List<String> seen, String... allowed) {
        assertThat(seen).as("states seen").isNotEmpty().endsWith(allowed[allowed.length - 1]);
        assertThat(List.of(allowed))
                .as("states seen %s must be some of %s, in that order", seen, List.of(allowed))
                .containsSubsequence(seen);
    }
}
