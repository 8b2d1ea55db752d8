package dev.dbcloud.reliability;

/**
 * One call of a client the suite drives, with what the SDK promises about it: whether a repeat is harmless (so a
 * failure after the server saw it may be retried), and how a 2xx body is read.
 */
final class Operation {
    /** How a successful answer's body is used. */
    enum Body {
        /** Decoded into a type: a bad body is an {@code ApiDecodingException}. */
        DECODED,
        /** Ignored ({@code void} calls): any 2xx succeeds. */
        IGNORED,
        /** Read leniently (Tinybird writes): any 2xx succeeds, the answer is taken from the request. */
        LENIENT
    }

    /** Calls the operation on a client of the target. */
    @FunctionalInterface
    interface Call {
        Object invoke(AutoCloseable client) throws Exception;
    }

    final String name;
    final String method;
    /** True when the SDK may repeat it after the server saw it (GET/PUT/DELETE, or a POST with Idempotency-Key). */
    final boolean retrySafe;
    /** True when the call carries an {@code Idempotency-Key}, which every attempt must repeat unchanged. */
    final boolean idempotencyKey;

    final Body body;
    /** A 2xx body the call decodes successfully. */
    final String okBody;

    private final Call call;

    Operation(
            String name,
            String method,
            boolean retrySafe,
            boolean idempotencyKey,
            Body body,
            String okBody,
            Call call) {
        this.name = name;
        this.method = method;
        this.retrySafe = retrySafe;
        this.idempotencyKey = idempotencyKey;
        this.body = body;
        this.okBody = okBody;
        this.call = call;
    }

    Object invoke(AutoCloseable client) throws Exception {
        return call.invoke(client);
    }

    boolean isWrite() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return name;
    }
}
