package dev.dbcloud.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Hears of every request made from an {@link Endpoint} declaration just before it is sent, next pages of a list
 * included. Implementations are found with {@link ServiceLoader} (a {@code
 * META-INF/services/dev.dbcloud.core.internal.EndpointListener} file), once per JVM; the sdk-core test-jar
 * registers one that records which declarations the tests sent, for the coverage report. Production class paths
 * normally hold none, which makes this a no-op. A listener must be fast and thread-safe; an exception it throws
 * fails the call.
 */
public interface EndpointListener {

    /**
     * Called before the first attempt of a request.
     *
     * @param endpoint the declaration
     * @param request the request, path resolved and options bound
     */
    void sending(Endpoint<?> endpoint, ApiRequest request);

    /**
     * Tells every registered listener about a request made from a declaration; requests built by hand are not
     * reported.
     *
     * @param request the request
     */
    static void notifyAll(ApiRequest request) {
        Endpoint<?> endpoint = request.endpoint();
        if (endpoint != null && !Registered.LISTENERS.isEmpty()) {
            for (EndpointListener listener : Registered.LISTENERS) {
                listener.sending(endpoint, request);
            }
        }
    }

    /** The listeners found on the class path, loaded on first use. */
    final class Registered {
        static final List<EndpointListener> LISTENERS = load();

        private static List<EndpointListener> load() {
            List<EndpointListener> found = new ArrayList<>();
            // Iterated rather than streamed: the first call of a client loads no java.util.stream classes.
            for (EndpointListener listener :
                    ServiceLoader.load(EndpointListener.class, EndpointListener.class.getClassLoader())) {
                found.add(listener);
            }
            return List.copyOf(found);
        }

        private Registered() {}
    }
}
