package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One API call as a resource client describes it: method, path template with its arguments, query parameters,
 * JSON body and per-call options. The {@link HttpEngine} turns it into HTTP.
 *
 * <pre>{@code
 * ApiRequest.builder(HttpMethod.GET, "/v1/organizations/{organizationId}/services/{serviceId}",
 *         organizationId, serviceId)
 *     .query("filter", "tag:env=prod")
 *     .options(options)
 *     .build();
 * }</pre>
 *
 * <p>Each {@code {name}} placeholder takes one argument, which becomes exactly one percent-encoded path segment
 * or part of one ({@link PathTemplate}); blank arguments and {@code .}/{@code ..} are refused with an {@link
 * IllegalArgumentException} naming the placeholder, before anything is sent. Requests made from an {@link
 * Endpoint} declaration carry it ({@link #endpoint()}); prefer declaring endpoints to building requests here.
 */
public final class ApiRequest {
    private final HttpMethod method;
    private final String pathTemplate;
    private final List<String> segments;
    private final List<Map.Entry<String, String>> query;
    private final Object body;
    private final boolean authenticated;
    private final boolean repeatable;
    private final RequestOptions options;
    private final Endpoint<?> endpoint;
    private final HttpUrl url;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.segments = List.copyOf(b.segments);
        this.query = List.copyOf(b.query);
        this.body = b.body;
        this.authenticated = b.authenticated;
        this.repeatable = b.repeatable;
        this.options = b.options;
        this.endpoint = b.endpoint;
        this.url = b.url;
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method
     * @param pathTemplate a path such as {@code /v1/organizations/{organizationId}}, relative to the base URL
     * @param pathArgs one value per placeholder, in order
     * @return a builder
     * @throws IllegalArgumentException if an argument is blank, {@code .} or {@code ..}
     * @throws IllegalStateException if the template is malformed or the argument count does not match it
     */
    public static Builder builder(HttpMethod method, String pathTemplate, String... pathArgs) {
        return new Builder(method, pathTemplate, pathArgs);
    }

    /** @return the method */
    public HttpMethod method() {
        return method;
    }

    /** @return the template the path was built from, e.g. for naming the operation in a module's messages */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return the decoded path segments, arguments substituted */
    public List<String> segments() {
        return segments;
    }

    /** @return the query parameters in order; a name may repeat */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** @return the object to send as JSON, or null for no body */
    public Object body() {
        return body;
    }

    /** @return false for public endpoints that must be called without credentials */
    public boolean authenticated() {
        return authenticated;
    }

    /**
     * Whether sending the request twice has the effect of sending it once, so the engine may retry it after the
     * server may have seen it: true for GET, PUT and DELETE unless {@link Builder#notRepeatable()} was called.
     *
     * @return whether the request may be repeated
     */
    public boolean repeatable() {
        return repeatable;
    }

    /** @return the per-call options */
    public RequestOptions options() {
        return options;
    }

    /** @return the declaration this request was made from, or null for a request built by hand */
    public Endpoint<?> endpoint() {
        return endpoint;
    }

    /**
     * The absolute URL the request goes to instead of the base URL and {@link #segments()}: the target of an
     * {@link Endpoint#absoluteUrl(HttpMethod)} endpoint. Such a request carries no credentials and its query
     * string is never logged.
     *
     * @return the URL, or null for a request relative to the base URL
     */
    public HttpUrl absoluteUrl() {
        return url;
    }

    /**
     * The same request with every value of one query parameter replaced, as paging does with its cursor.
     *
     * @param name the parameter name
     * @param value the new value
     * @return a new request
     */
    public ApiRequest withQuery(String name, String value) {
        requireNonNull(name, "name == null");
        requireNonNull(value, "value == null");
        Builder copy = new Builder(this);
        copy.query.removeIf(entry -> entry.getKey().equals(name));
        copy.query.add(Map.entry(name, value));
        return copy.build();
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final HttpMethod method;
        private final String pathTemplate;
        private final List<String> segments = new ArrayList<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private Object body;
        private boolean authenticated = true;
        private boolean repeatable;
        private RequestOptions options = RequestOptions.none();
        private Endpoint<?> endpoint;
        private HttpUrl url;

        Builder(Endpoint<?> endpoint, List<String> segments, HttpUrl url) {
            this.method = endpoint.method();
            this.pathTemplate = endpoint.pathTemplate();
            this.segments.addAll(segments);
            this.authenticated = endpoint.authenticated() && url == null;
            this.repeatable = endpoint.repeatable();
            this.endpoint = endpoint;
            this.url = url;
        }

        private Builder(ApiRequest request) {
            this.method = request.method;
            this.pathTemplate = request.pathTemplate;
            this.segments.addAll(request.segments);
            this.query.addAll(request.query);
            this.body = request.body;
            this.authenticated = request.authenticated;
            this.repeatable = request.repeatable;
            this.options = request.options;
            this.endpoint = request.endpoint;
            this.url = request.url;
        }

        private Builder(HttpMethod method, String pathTemplate, String[] args) {
            this.method = requireNonNull(method, "method == null");
            this.pathTemplate = requireNonNull(pathTemplate, "pathTemplate == null");
            this.repeatable = method.idempotent();
            this.segments.addAll(PathTemplate.parse(pathTemplate).expand(args, null));
        }

        /**
         * Adds a query parameter; calling it again with the same name sends the name twice.
         *
         * @param name the parameter name
         * @param value the value; null adds nothing, so optional parameters can be passed straight through
         * @return this builder
         */
        public Builder query(String name, Object value) {
            requireNonNull(name, "name == null");
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * Sets the JSON body.
         *
         * @param body an object Jackson can write with {@link Json#MAPPER}, or a {@link RawBody} sent as it is
         * @return this builder
         */
        public Builder body(Object body) {
            this.body = requireNonNull(body, "body == null");
            return this;
        }

        /**
         * Sends the request without credentials, for public endpoints.
         *
         * @return this builder
         */
        public Builder unauthenticated() {
            this.authenticated = false;
            return this;
        }

        /**
         * Marks a PUT or DELETE whose repetition is not harmless, such as a write guarded by an optimistic-concurrency
         * value that the first attempt may already have consumed. It is then retried like a POST: only when it never
         * reached the server, or after a 429; after a 5xx or a failure mid-flight the error is thrown. An idempotency
         * key, where the API has them, still makes it safe to retry.
         *
         * @return this builder
         */
        public Builder notRepeatable() {
            this.repeatable = false;
            return this;
        }

        /**
         * Sets the per-call options.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(RequestOptions options) {
            this.options = requireNonNull(options, "options == null");
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
