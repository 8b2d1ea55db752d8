package dev.dbcloud.examples;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a program prints, kept for assertions; the first time the output contains a marker, an action runs (such
 * as injecting a fault into the very next answer), so a test can make a program fail at a chosen step.
 */
final class FailAfter extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final String marker;
    private final Runnable action;
    private boolean fired;

    private FailAfter(String marker, Runnable action) {
        this.marker = requireNonNull(marker, "marker == null");
        this.action = requireNonNull(action, "action == null");
    }

    /** A print stream that runs {@code action} once, right after {@code marker} was printed. */
    static FailAfter printing(String marker, Runnable action) {
        return new FailAfter(marker, action);
    }

    PrintStream stream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        if (!fired && b == '\n' && printed().contains(marker)) {
            fired = true;
            action.run();
        }
    }

    synchronized boolean fired() {
        return fired;
    }

    synchronized String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
