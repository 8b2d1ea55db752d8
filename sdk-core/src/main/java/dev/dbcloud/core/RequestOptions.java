package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adjustments for calls, applied through the {@code withOptions(RequestOptions)} view that every client and
 * resource offers. Anything left unset falls back to the client's configuration.
 *
 * <pre>{@code
 * RequestOptions slowAndSafe = RequestOptions.builder()
 *     .timeout(Duration.ofMinutes(2))      // overall budget for each call, retries included
 *     .maxRetries(5)
 *     .header("X-Crunchy-Trace", "deploy-42")
 *     .idempotencyKey(operationId)         // one key per operation, on APIs that support keys
 *     .build();
 * Cluster created = cb.clusters().withOptions(slowAndSafe).create(params);
 * }</pre>
 *
 * <p>Views compose: {@code cb.withOptions(a).clusters().withOptions(b)} applies {@code b} over {@code a} (a value
 * set in {@code b} wins, headers of both are sent), and {@code withRawResponse()} keeps the options of the view it
 * comes from. Waiters sent through a view poll with its options, and at its {@link #pollInterval()} if set.
 *
 * <p>Instances are immutable and may be shared between threads and calls, except options carrying an
 * idempotency key: a key names one operation (see {@link Builder#idempotencyKey(String)}).
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "authorization",
            "user-agent",
            "accept",
            "accept-encoding",
            "range",
            "connection",
            "content-type",
            "content-length",
            "host",
            "transfer-encoding",
            "idempotency-key",
            "proxy-authorization",
            "cookie",
            "expect",
            "upgrade",
            "te");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final Duration timeout;
    private final Duration attemptTimeout;
    private final Integer maxRetries;
    private final Long maxResponseBytes;
    private final Map<String, List<String>> headers;
    private final String idempotencyKey;
    private final Duration pollInterval;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.attemptTimeout = builder.attemptTimeout;
        this.maxRetries = builder.maxRetries;
        this.maxResponseBytes = builder.maxResponseBytes;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : builder.headers.entrySet()) {
            copy.put(header.getKey(), List.copyOf(header.getValue()));
        }
        this.headers = Collections.unmodifiableMap(copy);
        this.idempotencyKey = builder.idempotencyKey;
        this.pollInterval = builder.pollInterval;
    }

    /**
     * Returns options that change nothing: every call without options uses these.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts building options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with these options, to derive a variant.
     *
     * @return a new builder holding these options
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.attemptTimeout = attemptTimeout;
        b.maxRetries = maxRetries;
        b.maxResponseBytes = maxResponseBytes;
        headers.forEach((name, values) -> b.headers.put(name, new ArrayList<>(values)));
        b.idempotencyKey = idempotencyKey;
        b.pollInterval = pollInterval;
        return b;
    }

    /**
     * These options with {@code overrides} applied on top: every value set in {@code overrides} wins, and the
     * headers of both are sent, these first. This is how nested {@code withOptions} views combine.
     *
     * @param overrides the options that win
     * @return the combined options
     */
    public RequestOptions with(RequestOptions overrides) {
        requireNonNull(overrides, "overrides == null");
        if (this == NONE) {
            return overrides;
        }
        if (overrides == NONE) {
            return this;
        }
        Builder b = toBuilder();
        overrides.timeout().ifPresent(b::timeout);
        overrides.attemptTimeout().ifPresent(b::attemptTimeout);
        overrides.maxRetries().ifPresent(b::maxRetries);
        overrides.maxResponseBytes().ifPresent(b::maxResponseBytes);
        overrides.headers().forEach((name, values) -> b.headers
                .computeIfAbsent(name, n -> new ArrayList<>())
                .addAll(values));
        overrides.idempotencyKey().ifPresent(b::idempotencyKey);
        overrides.pollInterval().ifPresent(b::pollInterval);
        return b.build();
    }

    /**
     * The overall time budget of the call, every attempt and every wait between retries included.
     *
     * @return the budget, or empty to use the client's
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * The budget of each attempt of the call. A longer overall {@link #timeout()} does not lengthen attempts, so
     * set this too for an operation the API is known to answer slowly.
     *
     * @return the attempt budget, or empty to use the client's
     */
    public Optional<Duration> attemptTimeout() {
        return Optional.ofNullable(attemptTimeout);
    }

    /**
     * How many times a failed attempt may be retried.
     *
     * @return the retry limit, or empty to use the client's
     */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /**
     * The largest successful response body the call reads, counted after decompression.
     *
     * @return the cap in bytes, or empty to use the client's
     */
    public OptionalLong maxResponseBytes() {
        return maxResponseBytes == null ? OptionalLong.empty() : OptionalLong.of(maxResponseBytes);
    }

    /**
     * Extra headers sent with the call, in the order they were added.
     *
     * @return an unmodifiable map from header name to its values
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The idempotency key to send. The same key is sent on every attempt, which makes a non-idempotent call safe
     * to retry on APIs that honour such keys.
     *
     * @return the key, or empty to let the SDK decide
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /**
     * The pause between the polls of a waiter ({@code waitUntil…}) sent with these options: every poll follows
     * the previous one after exactly this pause. Unset, the client's {@code pollInterval} applies, and without
     * that each waiter's own schedule (typically 5 seconds, growing by half after each poll up to 30 seconds).
     *
     * @return the interval, or empty to use the client's or the waiter's
     */
    public Optional<Duration> pollInterval() {
        return Optional.ofNullable(pollInterval);
    }

    @Override
    public String toString() {
        // Header values may carry secrets, so only their names are shown.
        return "RequestOptions{timeout=" + timeout + ", attemptTimeout=" + attemptTimeout + ", maxRetries="
                + maxRetries + ", maxResponseBytes=" + maxResponseBytes + ", headers=" + headers.keySet()
                + ", idempotencyKey=" + idempotencyKey + ", pollInterval=" + pollInterval + '}';
    }

    /** Builds {@link RequestOptions}. Setters refuse invalid values at once. */
    public static final class Builder {
        private Duration timeout;
        private Duration attemptTimeout;
        private Integer maxRetries;
        private Long maxResponseBytes;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private String idempotencyKey;
        private Duration pollInterval;

        private Builder() {}

        /**
         * Sets the overall time budget of the call, retries included.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets the budget of each attempt of this call, for an operation the API answers slowly (an attempt never
         * outlives the call's overall timeout).
         *
         * @param attemptTimeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code attemptTimeout} is zero or negative
         */
        public Builder attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = Checks.positive(attemptTimeout, "attemptTimeout");
            return this;
        }

        /**
         * Sets how many times a failed attempt may be retried; 0 disables retries for this call.
         *
         * @param maxRetries zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code maxRetries} is negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Caps the size of this call's successful response body, counted after decompression, for an answer
         * known to be larger (or expected to be smaller) than the client's {@code maxResponseBytes}. A larger
         * body ends the call with {@link dev.dbcloud.core.errors.ApiResponseTooLargeException}.
         *
         * @param maxResponseBytes a positive number of bytes
         * @return this builder
         * @throws IllegalArgumentException if {@code maxResponseBytes} is zero or negative
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = Checks.positiveBytes(maxResponseBytes, "maxResponseBytes");
            return this;
        }

        /**
         * Adds a header to the call. Adding the same name again sends it twice. Headers the SDK or HTTP itself
         * manages ({@code Authorization}, {@code User-Agent}, {@code Accept}, {@code Accept-Encoding}, {@code
         * Range}, {@code Connection}, {@code Content-Type}, {@code Content-Length}, {@code Host}, {@code
         * Transfer-Encoding}, {@code Idempotency-Key}, {@code Proxy-Authorization}, {@code Cookie}, {@code Expect},
         * {@code Upgrade}, {@code TE}) are refused: use the client's credentials and {@link
         * #idempotencyKey(String)} instead.
         *
         * @param name the header name
         * @param value the header value: printable ASCII, spaces and tabs
         * @return this builder
         * @throws IllegalArgumentException if the name is not a valid header name or is one the SDK sets, or the
         *     value holds a line break or another character HTTP does not allow
         */
        public Builder header(String name, String value) {
            requireNonNull(name, "name == null");
            requireNonNull(value, "value == null");
            if (!HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "header name '" + name + "' must be a non-empty HTTP token (letters, digits, -, _ …)");
            }
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "header " + name + " is set by the SDK or HTTP itself and cannot be set per call"
                                + (name.equalsIgnoreCase("Idempotency-Key") ? "; use idempotencyKey(…)" : ""));
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                    // The value is not repeated: it may be a credential.
                    throw new IllegalArgumentException("header " + name + " value has a character HTTP does not allow"
                            + " (line breaks, control characters and non-ASCII are refused) at index " + i);
                }
            }
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Sets the idempotency key sent on every attempt of the call. A key names one logical operation: use a
         * new one for each operation, and the same one only to repeat that operation (for example after an
         * {@code ApiConnectionException}, to make your own retry safe). A client refuses, with an {@link
         * IllegalStateException} naming the key's first use, a second write with the same key that differs from
         * the first in endpoint, path, query or body; repeating the very same write is allowed. Reads (GET) never
         * bind a key, nor send one. Only APIs that support idempotency keys accept one; others
         * refuse the call before anything is sent.
         *
         * @param idempotencyKey a non-blank key, typically a random UUID
         * @return this builder
         * @throws IllegalArgumentException if the key is blank
         */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = Checks.notBlank(idempotencyKey, "idempotencyKey");
            return this;
        }

        /**
         * Sets a steady pause between the polls of the waiters sent with these options; see {@link
         * RequestOptions#pollInterval()}.
         *
         * @param pollInterval a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code pollInterval} is zero or negative
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = Checks.positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the immutable options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
