package dev.dbcloud.examples;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Shows the SDK's DEBUG lines, one per HTTP attempt, while it is open; optionally also the TRACE lines with the
 * JSON body of each request (secrets masked by the SDK). The SDK logs through {@code System.Logger} under the name
 * {@code dev.dbcloud.http}; without another logging backend that is java.util.logging, where DEBUG is {@code FINE}
 * and TRACE is {@code FINER}. Closing it restores the logger as it was.
 */
final class SdkLog extends Handler implements AutoCloseable {
    /** The SDK's HTTP logger; kept referenced so its level is not lost to garbage collection. */
    private final Logger logger = Logger.getLogger("dev.dbcloud.http");

    private final Narrator out;
    private final boolean requestBodies;
    private final Level previousLevel;
    private final boolean previousUseParent;
    private int attempts;

    private SdkLog(Narrator out, boolean requestBodies) {
        this.out = out;
        this.requestBodies = requestBodies;
        this.previousLevel = logger.getLevel();
        this.previousUseParent = logger.getUseParentHandlers();
        Level level = requestBodies ? Level.FINER : Level.FINE;
        setLevel(level);
        logger.setLevel(level);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    static SdkLog printTo(Narrator out) {
        return new SdkLog(out, false);
    }

    /** Like {@link #printTo}, also showing the body of each request; never response bodies, which can be long. */
    static SdkLog printWithRequestBodiesTo(Narrator out) {
        return new SdkLog(out, true);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String line = record.getMessage();
        boolean trace = record.getLevel().intValue() < Level.FINE.intValue();
        if (trace && !(requestBodies && line.contains(" request body: "))) {
            return;
        }
        if (!trace && line.contains("(attempt ")) {
            attempts++;
        }
        out.detail("sdk: " + line);
    }

    /** @return the attempts logged since the last call, then starts counting again */
    synchronized int takeAttempts() {
        int taken = attempts;
        attempts = 0;
        return taken;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
        logger.setUseParentHandlers(previousUseParent);
    }
}
