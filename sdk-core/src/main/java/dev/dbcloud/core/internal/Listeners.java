package dev.dbcloud.core.internal;

import java.lang.System.Logger.Level;

/** Calls a {@link dev.dbcloud.core.CallListener} so that its failure never becomes the SDK's. */
public final class Listeners {
    private static final System.Logger LOG = HttpEngine.LOG;

    private Listeners() {}

    /**
     * Runs a notification, logging at WARNING (and otherwise ignoring) what it throws.
     *
     * @param notification the listener call
     */
    public static void notify(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a CallListener failed; the call goes on", e);
        }
    }
}
