package dev.dbcloud.core.internal;

import dev.dbcloud.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record of which write each caller-given idempotency key was first used for, per client. A key names one
 * operation: the server answers a repeat with the first answer, so reusing a key for a different write would
 * silently return the wrong result. The first write (any method but GET) sent with a key binds it to that write's
 * method, endpoint, resolved path, query and body; the same write may be repeated, a different one is refused
 * before anything is sent. The most recent {@value #CAPACITY} keys are remembered.
 */
final class IdempotencyKeys {
    static final int CAPACITY = 4096;

    private record Use(String fingerprint, String description) {}

    private final Map<String, Use> uses = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Use> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * Binds the request's key to it, or refuses it.
     *
     * @param request the request about to be sent
     * @throws IllegalStateException if the key was first used for a different write
     */
    void claim(ApiRequest request) {
        RequestOptions options = request.options();
        if (options.idempotencyKey().isEmpty() || request.method() == HttpMethod.GET || request.absoluteUrl() != null) {
            return;
        }
        String key = options.idempotencyKey().get();
        String description = request.method() + " /" + String.join("/", request.segments());
        Use use = new Use(fingerprint(request), description);
        Use first;
        synchronized (uses) {
            first = uses.putIfAbsent(key, use);
        }
        if (first != null && !first.fingerprint().equals(use.fingerprint())) {
            throw new IllegalStateException("idempotencyKey \"" + key + "\" was first used for " + first.description()
                    + "; a different write (" + description + ") needs a key of its own: a key names one operation,"
                    + " and the API would answer this one with the first one's result");
        }
    }

    /** A digest of everything that makes a write what it is; the body itself is not kept, it may hold secrets. */
    private static String fingerprint(ApiRequest request) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        String head = request.method() + " " + request.endpoint() + " " + request.segments() + " " + request.query();
        digest.update(head.getBytes(StandardCharsets.UTF_8));
        Object body = request.body();
        if (body instanceof RawBody raw) {
            digest.update(raw.bytes());
        } else if (body != null) {
            digest.update(Json.write(body).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
