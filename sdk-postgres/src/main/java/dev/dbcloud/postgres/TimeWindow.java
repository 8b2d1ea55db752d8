package dev.dbcloud.postgres;

import java.time.Instant;

/**
 * The window of time a monitoring read covers, shared by {@link MetricsParams} and {@link
 * ListSlowQueryPatternsParams}: sent as the query parameters {@code from_date} and {@code to_date} in RFC 3339 UTC,
 * truncated to whole seconds.
 */
interface TimeWindow {
    /**
     * The window's start, inclusive (query {@code from_date}, RFC 3339 UTC truncated to whole seconds).
     *
     * @return the value
     */
    Instant fromDate();

    /**
     * The window's end, exclusive (query {@code to_date}, RFC 3339 UTC truncated to whole seconds).
     *
     * @return the value
     */
    Instant toDate();

    /**
     * Refuses a window that is empty as it is sent, once both ends are truncated to whole seconds.
     *
     * @param window the window
     * @throws IllegalArgumentException if {@code fromDate} is not before {@code toDate} in whole seconds
     */
    static void check(TimeWindow window) {
        if (!Rfc3339.truncate(window.fromDate()).isBefore(Rfc3339.truncate(window.toDate()))) {
            throw new IllegalArgumentException("fromDate must be before toDate in whole seconds (as sent) but was "
                    + Rfc3339.format(window.fromDate()) + " >= " + Rfc3339.format(window.toDate()));
        }
    }
}
