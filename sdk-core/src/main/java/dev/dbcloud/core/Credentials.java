package dev.dbcloud.core;

import dev.dbcloud.core.internal.Checks;

/**
 * How a client authenticates. Create one with a factory method and pass it to a client builder:
 *
 * <pre>{@code
 * Credentials.basic(keyId, keySecret)   // HTTP Basic (ClickHouse Cloud, Managed Postgres)
 * Credentials.bearer(token)             // Authorization: Bearer (Tinybird, Crunchy Bridge)
 * Credentials.queryToken(token)         // a "token" query parameter (Tinybird only; prefer bearer)
 * }</pre>
 *
 * <p>Blank values are refused when the credentials are created. {@link #toString()} never shows a secret, and the
 * SDK never writes one to a log line or an exception message.
 */
public abstract sealed class Credentials permits Credentials.Bearer, Credentials.Basic, Credentials.QueryToken {

    private Credentials() {}

    /**
     * Credentials sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the API token or key; not blank
     * @return the credentials
     * @throws IllegalArgumentException if {@code token} is blank or has spaces or non-ASCII characters
     */
    public static Credentials bearer(String token) {
        return new Bearer(visibleAscii(token, "token"));
    }

    /**
     * Credentials sent with HTTP Basic authentication ({@code Authorization: Basic base64(id:secret)}).
     *
     * @param id the key id (the Basic user name); not blank
     * @param secret the key secret (the Basic password); not blank
     * @return the credentials
     * @throws IllegalArgumentException if either value is blank or has spaces or non-ASCII characters, or the
     *     id contains {@code :}
     */
    public static Credentials basic(String id, String secret) {
        visibleAscii(id, "id");
        if (id.indexOf(':') >= 0) {
            throw new IllegalArgumentException("id must not contain ':', which separates it from the secret");
        }
        return new Basic(id, visibleAscii(secret, "secret"));
    }

    /** Refuses values HTTP headers cannot carry (a token read from a file with its line break, say) early. */
    private static String visibleAscii(String value, String name) {
        Checks.notBlank(value, name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c > 0x7e) {
                throw new IllegalArgumentException(name + " must be printable ASCII without spaces; found a"
                        + (Character.isWhitespace(c) ? " whitespace" : "n unsupported") + " character at index " + i);
            }
        }
        return value;
    }

    /**
     * Credentials sent as a {@code token} query parameter on every request. Only some APIs accept this; the
     * SDK keeps the token out of logged URLs and exception messages, but proxies and servers may log query
     * strings, so prefer {@link #bearer(String)} where the API supports both.
     *
     * @param token the API token; not blank
     * @return the credentials
     * @throws IllegalArgumentException if {@code token} is blank or has spaces or non-ASCII characters
     */
    public static Credentials queryToken(String token) {
        return new QueryToken(visibleAscii(token, "token"));
    }

    /** A bearer token sent in the {@code Authorization} header. */
    public static final class Bearer extends Credentials {
        private final String token;

        private Bearer(String token) {
            this.token = token;
        }

        /**
         * Returns the token.
         *
         * @return the secret token
         */
        public String token() {
            return token;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bearer other && other.token.equals(token);
        }

        @Override
        public int hashCode() {
            return token.hashCode();
        }

        @Override
        public String toString() {
            return "Credentials.bearer(****)";
        }
    }

    /** A key id and secret sent with HTTP Basic authentication. */
    public static final class Basic extends Credentials {
        private final String id;
        private final String secret;

        private Basic(String id, String secret) {
            this.id = id;
            this.secret = secret;
        }

        /**
         * Returns the key id, the Basic user name.
         *
         * @return the key id
         */
        public String id() {
            return id;
        }

        /**
         * Returns the key secret, the Basic password.
         *
         * @return the secret
         */
        public String secret() {
            return secret;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Basic other && other.id.equals(id) && other.secret.equals(secret);
        }

        @Override
        public int hashCode() {
            return 31 * id.hashCode() + secret.hashCode();
        }

        /** Shows the key id, which identifies the key in the vendor's console, but never the secret. */
        @Override
        public String toString() {
            return "Credentials.basic(" + id + ", ****)";
        }
    }

    /** A token sent as the {@code token} query parameter. */
    public static final class QueryToken extends Credentials {
        private final String token;

        private QueryToken(String token) {
            this.token = token;
        }

        /**
         * Returns the token.
         *
         * @return the secret token
         */
        public String token() {
            return token;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof QueryToken other && other.token.equals(token);
        }

        @Override
        public int hashCode() {
            return token.hashCode();
        }

        @Override
        public String toString() {
            return "Credentials.queryToken(****)";
        }
    }
}
