package dev.dbcloud.examples;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Shows the SDK's DEBUG lines, one per HTTP attempt, while it is open. The SDK logs through {@code
 * System.Logger} under the name {@code dev.dbcloud.http}; without another logging backend that is
 * java.util.logging, where DEBUG is {@code FINE}. Closing it restores the logger as it was.
 */
final class SdkLog extends Handler implements AutoCloseable {
    /** The SDK's HTTP logger; kept referenced so its level is not lost to garbage collection. */
    private final Logger logger = Logger.getLogger("dev.dbcloud.http");

    private final Narrator out;
    private final Level previousLevel;
    private final boolean previousUseParent;
    private int attempts;

    private SdkLog(Narrator out) {
        this.out = out;
        this.previousLevel = logger.getLevel();
        this.previousUseParent = logger.getUseParentHandlers();
        setLevel(Level.FINE);
        logger.setLevel(Level.FINE);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    static SdkLog printTo(Narrator out) {
        return new SdkLog(out);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record) || record.getLevel().intValue() < Level.FINE.intValue()) {
            return;
        }
        String line = record.getMessage();
        if (line.contains("(attempt ")) {
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
