package dev.dbcloud.core.internal;

/** The HTTP methods the APIs use, and which of them may be repeated safely. */
public enum HttpMethod {
    GET(true),
    POST(false),
    PUT(true),
    PATCH(false),
    DELETE(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
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
