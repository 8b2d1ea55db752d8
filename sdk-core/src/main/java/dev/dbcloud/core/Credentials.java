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
 * <p>Blank values are refused when the credentials are created. The three kinds are records: equal when their
 * values are, with accessors for them, and a {@code toString()} that never shows a secret. The SDK never writes one
 * to a log line or an exception message.
 */
public sealed interface Credentials permits Credentials.Bearer, Credentials.Basic, Credentials.QueryToken {

    /**
     * Credentials sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the API token or key; not blank
     * @return the credentials
     * @throws IllegalArgumentException if {@code token} is blank or has spaces or non-ASCII characters
     */
    static Credentials bearer(String token) {
        return new Bearer(token);
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
    static Credentials basic(String id, String secret) {
        return new Basic(id, secret);
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
    static Credentials queryToken(String token) {
        return new QueryToken(token);
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
     * A bearer token sent in the {@code Authorization} header; made by {@link Credentials#bearer(String)}.
     *
     * @param token the secret token
     */
    record Bearer(String token) implements Credentials {
        /**
         * Creates the credentials, as {@link Credentials#bearer(String)} does.
         *
         * @param token the API token or key; not blank
         * @throws IllegalArgumentException if {@code token} is blank or has spaces or non-ASCII characters
         */
        public Bearer {
            visibleAscii(token, "token");
        }

        @Override
        public String toString() {
            return "Credentials.bearer(****)";
        }
    }

    /**
     * A key id and secret sent with HTTP Basic authentication; made by {@link Credentials#basic(String, String)}.
     *
     * @param id the key id, the Basic user name
     * @param secret the key secret, the Basic password
     */
    record Basic(String id, String secret) implements Credentials {
        /**
         * Creates the credentials, as {@link Credentials#basic(String, String)} does.
         *
         * @param id the key id; not blank, without {@code :}
         * @param secret the key secret; not blank
         * @throws IllegalArgumentException if either value is blank or has spaces or non-ASCII characters, or the
         *     id contains {@code :}
         */
        public Basic {
            visibleAscii(id, "id");
            if (id.indexOf(':') >= 0) {
                throw new IllegalArgumentException("id must not contain ':', which separates it from the secret");
            }
            visibleAscii(secret, "secret");
        }

        /** Shows the key id, which identifies the key in the vendor's console, but never the secret. */
        @Override
        public String toString() {
            return "Credentials.basic(" + id + ", ****)";
        }
    }

    /**
     * A token sent as the {@code token} query parameter; made by {@link Credentials#queryToken(String)}.
     *
     * @param token the secret token
     */
    record QueryToken(String token) implements Credentials {
        /**
         * Creates the credentials, as {@link Credentials#queryToken(String)} does.
         *
         * @param token the API token; not blank
         * @throws IllegalArgumentException if {@code token} is blank or has spaces or non-ASCII characters
         */
        public QueryToken {
            visibleAscii(token, "token");
        }

        @Override
        public String toString() {
            return "Credentials.queryToken(****)";
        }
    }
}
