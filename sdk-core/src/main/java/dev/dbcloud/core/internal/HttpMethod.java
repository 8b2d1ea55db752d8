package dev.dbcloud.core.internal;

/** The HTTP methods the APIs use, and which of them may be repeated safely. */
public enum HttpMethod {
    /** Reads a resource. */
    GET(true, false),
    /** Creates a resource or runs an action. */
    POST(false, true),
    /** Replaces a resource or runs an idempotent action. */
    PUT(true, true),
    /** Changes part of a resource. */
    PATCH(false, true),
    /** Removes a resource. */
    DELETE(true, false);

    private final boolean idempotent;
    private final boolean requiresBody;

    HttpMethod(boolean idempotent, boolean requiresBody) {
        this.idempotent = idempotent;
        this.requiresBody = requiresBody;
    }

    /**
     * Whether HTTP requires a body with this method; the SDK sends an empty one when the call has none.
     *
     * @return true for POST, PUT and PATCH
     */
    public boolean requiresBody() {
        return requiresBody;
    }

    /**
     * Whether repeating the request has the same effect as sending it once (RFC 9110), which makes server
     * errors and mid-flight failures safe to retry.
     *
     * @return true for GET, PUT and DELETE
     */
    public boolean idempotent() {
        return idempotent;
    }
}
