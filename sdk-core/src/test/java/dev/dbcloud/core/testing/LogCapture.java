package dev.dbcloud.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the SDK logs through {@code System.Logger} (which the JDK routes to java.util.logging when no
 * other backend is installed), at every level down to TRACE. Close it to detach.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture(String name) {
        this.logger = Logger.getLogger(name);
        this.previousLevel = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Starts capturing the SDK's HTTP logger, {@code dev.dbcloud.http}. */
    public static LogCapture http() {
        return new LogCapture("dev.dbcloud.http");
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** The formatted messages captured so far. */
    public synchronized List<String> messages() {
        List<String> out = new ArrayList<>();
        for (LogRecord r : records) {
            String message = r.getMessage();
            Object[] params = r.getParameters();
            out.add(params == null || params.length == 0 ? message : java.text.MessageFormat.format(message, params));
        }
        return out;
    }

    /** The messages captured at java.util.logging {@code level} (DEBUG is FINE, TRACE is FINER). */
    public synchronized List<String> messagesAt(Level level) {
        List<String> out = new ArrayList<>();
        for (LogRecord r : records) {
            if (r.getLevel().equals(level)) {
                out.add(r.getMessage());
            }
        }
        return out;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
