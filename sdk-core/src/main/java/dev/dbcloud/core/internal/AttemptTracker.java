package dev.dbcloud.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers whether an attempt got as far as sending its request. A failure before that point (DNS, refused
 * connection, TLS) cannot have reached the server, so any method may be retried; a failure after it may have.
 * The engine tags each attempt's request with a tracker and installs {@link #INTERCEPTOR} as a network
 * interceptor, which OkHttp runs once a connection is ready and just before the request is written.
 */
public final class AttemptTracker {
    /** Marks the tracker of the request it sees as sent. */
    public static final Interceptor INTERCEPTOR = AttemptTracker::markSent;

    private volatile boolean sent;

    /** @return whether the request started to go out on a connection */
    public boolean sent() {
        return sent;
    }

    private static Response markSent(Interceptor.Chain chain) throws IOException {
        // The call's own request keeps the tag even if an interceptor of a shared client rebuilt the request.
        AttemptTracker tracker = chain.call().request().tag(AttemptTracker.class);
        if (tracker != null) {
            tracker.sent = true;
        }
        return chain.proceed(chain.request());
    }
}
