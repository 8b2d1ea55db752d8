package dev.dbcloud.core.testing;

import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records which endpoint declarations the tests of a module sent, for the coverage report. Registered through
 * {@code META-INF/services} in the sdk-core test-jar, so every module whose tests depend on the test-jar records
 * without any set-up.
 */
public final class EndpointRecorder implements EndpointListener {
    private static final Set<Endpoint<?>> SENT = ConcurrentHashMap.newKeySet();

    /** Created by {@link java.util.ServiceLoader}. */
    public EndpointRecorder() {}

    @Override
    public void sending(Endpoint<?> endpoint, ApiRequest request) {
        SENT.add(endpoint);
    }

    /**
     * Whether a declaration was sent by a test of this JVM so far.
     *
     * @param endpoint the declaration
     * @return true once a request made from it was about to be sent
     */
    public static boolean sent(Endpoint<?> endpoint) {
        return SENT.contains(endpoint);
    }

    /** @return every declaration sent so far */
    public static Set<Endpoint<?>> sent() {
        return Set.copyOf(SENT);
    }
}
