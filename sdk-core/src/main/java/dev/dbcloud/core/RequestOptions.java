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
import java.util.regex.Pattern;

/**
 * Adjustments for a single call, passed to the overload of any operation that takes them. Anything left unset
 * falls back to the client's configuration.
 *
 * <pre>{@code
 * RequestOptions slowAndSafe = RequestOptions.builder()
 *     .timeout(Duration.ofMinutes(2))      // overall budget for the call, retries included
 *     .maxRetries(5)
 *     .header("X-Crunchy-Trace", "deploy-42")
 *     .idempotencyKey(myUuid)              // only for APIs that support idempotency keys
 *     .build();
 * cb.clusters().create(request, slowAndSafe);
 * }</pre>
 *
 * <p>Instances are immutable and may be shared between threads and calls.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final Duration timeout;
    private final Integer maxRetries;
    private final Map<String, List<String>> headers;
    private final String idempotencyKey;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.idempotencyKey = builder.idempotencyKey;
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
        b.maxRetries = maxRetries;
        headers.forEach((name, values) -> b.headers.put(name, new ArrayList<>(values)));
        b.idempotencyKey = idempotencyKey;
        return b;
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
     * How many times a failed attempt may be retried.
     *
     * @return the retry limit, or empty to use the client's
     */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
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

    @Override
    public String toString() {
        // Header values may carry secrets, so only their names are shown.
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", headers=" + headers.keySet()
                + ", idempotencyKey=" + idempotencyKey + '}';
    }

    /** Builds {@link RequestOptions}. Setters refuse invalid values at once. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private String idempotencyKey;

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
         * Adds a header to the call. Adding the same name again sends it twice. Authentication is configured on
         * the client, so {@code Authorization} is refused here.
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         * @throws IllegalArgumentException if the name is not a valid header name, is {@code Authorization}, or
         *     the value holds a line break
         */
        public Builder header(String name, String value) {
            requireNonNull(name, "name == null");
            requireNonNull(value, "value == null");
            if (!HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "header name '" + name + "' must be a non-empty HTTP token (letters, digits, -, _ …)");
            }
            if (name.toLowerCase(Locale.ROOT).equals("authorization")) {
                throw new IllegalArgumentException(
                        "header Authorization is set from the client's credentials and cannot be set per call");
            }
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("header " + name + " must not contain a line break");
            }
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Sets the idempotency key sent on every attempt of the call. Only APIs that support idempotency keys
         * accept one; others refuse the call before anything is sent.
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
         * Builds the options.
         *
         * @return the immutable options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
