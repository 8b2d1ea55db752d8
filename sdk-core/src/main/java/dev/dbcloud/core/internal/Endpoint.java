package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.RequestOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * One operation of an API, declared once: method, path template, the query parameters it takes, the kind of body
 * it sends, what its answer decodes to, whether it may be repeated and whether it carries the client's
 * credentials. API modules declare each endpoint as a {@code static final} constant in a per-resource {@code
 * …Endpoints} class; the typed call, its {@code withRawResponse()} twin and any future asynchronous surface all
 * send it through an {@link Invoker}, so none of them repeats what is declared here.
 *
 * <pre>{@code
 * static final Endpoint<Cluster> GET = Endpoint.get("/clusters/{cluster_id}")
 *         .check("cluster_id", Eids::check)
 *         .returns(Cluster.class);
 * static final Endpoint<Page<Cluster>> LIST = Endpoint.get("/clusters")
 *         .query("cursor", "limit", "order", "order_field", "team_id")
 *         .returns(ResponseKind.page(new TypeReference<CursorPage<Cluster>>() {}, "cursor", CursorPage::slice));
 * static final Endpoint<Cluster> CREATE = Endpoint.post("/clusters").jsonBody().returns(Cluster.class);
 * static final Endpoint<List<PostgresRole>> LIST_ROLES = Endpoint.get("/clusters/{cluster_id}/roles")
 *         .returns(ResponseKind.listUnder("roles", PostgresRole.class));  // {"roles": […]}
 * static final Endpoint<PostgresRole> CREATE_ROLE = Endpoint.post("/clusters/{cluster_id}/roles")
 *         .emptyJsonBody()                                                // always {}
 *         .returns(PostgresRole.class);
 *
 * ApiResponse<Cluster> response = invoker.send(GET.call(clusterId));
 * }</pre>
 *
 * <p>Path placeholders may fill a whole segment or part of one ({@code /teams/{team_id}.pem}); see {@link
 * PathTemplate}. An endpoint declared with {@link #absoluteUrl(HttpMethod)} targets a URL given per call, such
 * as a presigned upload URL: it carries no credentials, no idempotency key, and its query string is never
 * logged. The declaration travels with the request ({@link ApiRequest#endpoint()}), so an {@link
 * EndpointListener} sees which endpoint went on the wire. Endpoints are immutable and thread-safe.
 *
 * @param <T> what a successful answer decodes to
 */
public final class Endpoint<T> {
    /** How a request body is sent. */
    public enum BodyKind {
        /** No body (an empty one where HTTP requires a body). */
        NONE,
        /** A JSON body is required. */
        JSON,
        /** A JSON body may be given or left out. */
        OPTIONAL_JSON,
        /** Always the empty JSON object {@code {}}, for an API that documents no body but needs one; calls add none. */
        EMPTY_JSON,
        /** Raw bytes with a media type given per call. */
        BYTES
    }

    private final HttpMethod method;
    private final PathTemplate path;
    private final QueryDeclaration query;
    private final BodyKind bodyKind;
    private final ResponseKind<T> response;
    private final boolean repeatable;
    private final boolean authenticated;
    private final boolean secretResponse;
    private final boolean secretRequest;
    /** The declared checks by placeholder position, null where none was declared; null for an absolute URL. */
    private final BiFunction<String, String, String>[] checks;

    private Endpoint(Builder b, ResponseKind<T> response) {
        this.method = b.method;
        this.path = b.path;
        this.query = b.query.frozen();
        this.bodyKind = b.bodyKind;
        this.response = requireNonNull(response, "response == null");
        this.repeatable = b.repeatable;
        this.authenticated = b.authenticated;
        this.secretResponse = b.secretResponse;
        this.secretRequest = b.secretRequest;
        this.checks = b.path == null ? null : checksByPosition(b.path, b.checks);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type, filled from the typed map
    private static BiFunction<String, String, String>[] checksByPosition(
            PathTemplate path, Map<String, BiFunction<String, String, String>> declared) {
        List<String> placeholders = path.placeholders();
        BiFunction<String, String, String>[] byPosition = new BiFunction[placeholders.size()];
        for (int i = 0; i < byPosition.length; i++) {
            byPosition[i] = declared.get(placeholders.get(i));
        }
        return byPosition;
    }

    /**
     * Starts declaring an endpoint relative to the API's base URL.
     *
     * @param method the method
     * @param pathTemplate the path as the API's specification writes it, e.g. {@code /clusters/{cluster_id}}
     * @return a builder
     * @throws IllegalStateException if the template is malformed
     */
    public static Builder of(HttpMethod method, String pathTemplate) {
        return new Builder(requireNonNull(method, "method == null"), PathTemplate.parse(pathTemplate));
    }

    /**
     * Starts declaring a GET.
     *
     * @param pathTemplate the path
     * @return a builder
     */
    public static Builder get(String pathTemplate) {
        return of(HttpMethod.GET, pathTemplate);
    }

    /**
     * Starts declaring a POST.
     *
     * @param pathTemplate the path
     * @return a builder
     */
    public static Builder post(String pathTemplate) {
        return of(HttpMethod.POST, pathTemplate);
    }

    /**
     * Starts declaring a PUT.
     *
     * @param pathTemplate the path
     * @return a builder
     */
    public static Builder put(String pathTemplate) {
        return of(HttpMethod.PUT, pathTemplate);
    }

    /**
     * Starts declaring a PATCH.
     *
     * @param pathTemplate the path
     * @return a builder
     */
    public static Builder patch(String pathTemplate) {
        return of(HttpMethod.PATCH, pathTemplate);
    }

    /**
     * Starts declaring a DELETE.
     *
     * @param pathTemplate the path
     * @return a builder
     */
    public static Builder delete(String pathTemplate) {
        return of(HttpMethod.DELETE, pathTemplate);
    }

    /**
     * Starts declaring a request to an absolute URL given per call with {@link #callUrl(String)}, such as the
     * upload of a file to a presigned URL. It is sent without the client's credentials or an idempotency key, and
     * its query string (which holds the presigned signature) appears in no log line and no message.
     *
     * @param method the method
     * @return a builder
     */
    public static Builder absoluteUrl(HttpMethod method) {
        Builder builder = new Builder(requireNonNull(method, "method == null"), null);
        builder.authenticated = false;
        return builder;
    }

    /**
     * Starts a call of this endpoint.
     *
     * @param pathArgs one argument per placeholder, in order
     * @return the call, to which query parameters and a body may be added
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if an argument is blank, {@code .}, {@code ..} or fails the placeholder's
     *     declared check; nothing is sent
     * @throws IllegalStateException if the argument count does not match, or the endpoint takes an absolute URL
     */
    public Call<T> call(String... pathArgs) {
        if (path == null) {
            throw new IllegalStateException(this + " takes an absolute URL: use callUrl(url)");
        }
        return new Call<>(this, path.expand(pathArgs, checks), null);
    }

    /**
     * Starts a call whose first path argument is costly to know (an id that may take a request to discover): the
     * other arguments are checked first, and only then is the first one asked for.
     *
     * <pre>{@code
     * Endpoint.Call<Service> call = GET.callAfter(() -> organizations.organizationId(options), serviceId);
     * }</pre>
     *
     * @param first supplies the first placeholder's argument, once the others passed their checks
     * @param others the arguments of the other placeholders, in order
     * @return the call
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if an argument is blank, {@code .}, {@code ..} or fails the placeholder's
     *     declared check; nothing is sent, and {@code first} is not asked when one of {@code others} is refused
     * @throws IllegalStateException if the argument count does not match, or the endpoint takes an absolute URL
     */
    public Call<T> callAfter(Supplier<String> first, String... others) {
        requireNonNull(first, "first == null");
        if (path == null) {
            throw new IllegalStateException(this + " takes an absolute URL: use callUrl(url)");
        }
        String[] args = new String[others.length + 1];
        System.arraycopy(others, 0, args, 1, others.length);
        path.check(args, checks, 1);
        args[0] = first.get();
        return new Call<>(this, path.expand(args, checks), null);
    }

    /**
     * Starts a call of an endpoint declared with {@link #absoluteUrl(HttpMethod)}.
     *
     * @param url the absolute {@code https://} URL (plain {@code http://} only for loopback hosts or a client
     *     that allows insecure HTTP)
     * @return the call
     * @throws IllegalArgumentException if {@code url} is not an absolute http or https URL; the message does not
     *     repeat it
     * @throws IllegalStateException if the endpoint has a path template instead
     */
    public Call<T> callUrl(String url) {
        requireNonNull(url, "url == null");
        if (path != null) {
            throw new IllegalStateException(this + " has a path: use call(pathArgs)");
        }
        HttpUrl parsed = HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("url must be an absolute http:// or https:// URL");
        }
        return new Call<>(this, List.of(), parsed);
    }

    /** @return the method */
    public HttpMethod method() {
        return method;
    }

    /** @return the path template as declared, or empty for an endpoint that takes an absolute URL */
    public String pathTemplate() {
        return path == null ? "" : path.template();
    }

    /** @return whether the endpoint targets an absolute URL given per call */
    public boolean absolute() {
        return path == null;
    }

    /** @return the query parameter names the endpoint takes */
    public Set<String> queryParameters() {
        return query.names();
    }

    /** @return how the request body is sent */
    public BodyKind bodyKind() {
        return bodyKind;
    }

    /** @return what a successful answer decodes to */
    public ResponseKind<T> response() {
        return response;
    }

    /** @return whether the request may be sent again after a failure mid-flight (GET, PUT, DELETE by default) */
    public boolean repeatable() {
        return repeatable;
    }

    /** @return whether the client's credentials are sent */
    public boolean authenticated() {
        return authenticated;
    }

    /**
     * @return whether a successful answer carries a secret (a new password), so its body is never shown: not in an
     *     exception's excerpt, not in a TRACE line
     */
    public boolean secretResponse() {
        return secretResponse;
    }

    /**
     * @return whether the request body carries a secret under a member name the log masking cannot know (an auth
     *     key, a logger template with a token, SQL), so the body is never shown in a TRACE line
     */
    public boolean secretRequest() {
        return secretRequest;
    }

    /** @return the method and path template, e.g. {@code GET /clusters/{cluster_id}}, as specifications name it */
    @Override
    public String toString() {
        return method + " " + (path == null ? "(absolute URL)" : path.template());
    }

    /** Declares an {@link Endpoint}; {@code returns(…)} ends the declaration. */
    public static final class Builder {
        private final HttpMethod method;
        private final PathTemplate path;
        private final QueryDeclaration query = new QueryDeclaration();
        private final Map<String, BiFunction<String, String, String>> checks = new LinkedHashMap<>();
        private BodyKind bodyKind = BodyKind.NONE;
        private boolean repeatable;
        private boolean authenticated = true;
        private boolean secretResponse;
        private boolean secretRequest;

        private Builder(HttpMethod method, PathTemplate path) {
            this.method = method;
            this.path = path;
            this.repeatable = method.idempotent();
        }

        /**
         * Declares the query parameters the endpoint takes; a call adding another one is a programming error.
         *
         * @param names the parameter names as the API spells them
         * @return this builder
         */
        public Builder query(String... names) {
            for (String name : names) {
                query.declare(name);
            }
            return this;
        }

        /**
         * Declares a check of one path argument, run before anything is sent, such as an ID format.
         *
         * @param placeholder the placeholder's name in the template, e.g. {@code cluster_id}
         * @param check given the value and the argument's name ({@code clusterId}), returns the value or throws
         *     {@link IllegalArgumentException} naming the argument and the rule
         * @return this builder
         * @throws IllegalStateException if the template has no such placeholder
         */
        public Builder check(String placeholder, BiFunction<String, String, String> check) {
            if (path == null || !path.placeholders().contains(placeholder)) {
                throw new IllegalStateException("no placeholder {" + placeholder + "} in " + path);
            }
            checks.put(placeholder, requireNonNull(check, "check == null"));
            return this;
        }

        /**
         * Declares a check of one query parameter's value, run when a call adds it, before anything is sent:
         * {@code .query("team_id").checkQuery("team_id", Eids::check)}.
         *
         * @param name the parameter's name as the API spells it, declared with {@link #query(String...)}
         * @param check given the value's text and the argument's name ({@code teamId}), returns the text to send or
         *     throws {@link IllegalArgumentException} naming the argument and the rule
         * @return this builder
         * @throws IllegalStateException if the endpoint declares no such query parameter
         */
        public Builder checkQuery(String name, BiFunction<String, String, String> check) {
            query.check(name, check, method + " " + path);
            return this;
        }

        /**
         * Declares a required JSON body.
         *
         * @return this builder
         */
        public Builder jsonBody() {
            return body(BodyKind.JSON);
        }

        /**
         * Declares a JSON body that a call may leave out.
         *
         * @return this builder
         */
        public Builder optionalJsonBody() {
            return body(BodyKind.OPTIONAL_JSON);
        }

        /**
         * Declares a body that is always the empty JSON object {@code {}}, sent as {@code application/json}: for
         * an operation whose body the API documents as empty but refuses when left out. A call cannot add a body.
         *
         * @return this builder
         */
        public Builder emptyJsonBody() {
            return body(BodyKind.EMPTY_JSON);
        }

        /**
         * Declares a raw byte body whose media type each call gives.
         *
         * @return this builder
         */
        public Builder bytesBody() {
            return body(BodyKind.BYTES);
        }

        private Builder body(BodyKind kind) {
            this.bodyKind = kind;
            return this;
        }

        /**
         * Declares a PUT or DELETE whose repetition is not harmless; see {@link ApiRequest.Builder#notRepeatable()}.
         *
         * @return this builder
         */
        public Builder notRepeatable() {
            this.repeatable = false;
            return this;
        }

        /**
         * Declares a public endpoint, called without the client's credentials.
         *
         * @return this builder
         */
        public Builder unauthenticated() {
            this.authenticated = false;
            return this;
        }

        /**
         * Declares that a successful answer carries a secret, such as a generated password. Masking by member name
         * protects well-formed answers; this also keeps a malformed one (a bare string where an object was
         * promised) out of exception excerpts and TRACE lines, which show a placeholder instead of the body.
         *
         * @return this builder
         */
        public Builder secretResponse() {
            this.secretResponse = true;
            return this;
        }

        /**
         * Declares that the request body carries a secret that masking by member name does not catch (a Tailscale
         * {@code auth_key}, a logger template holding an ingestion token, SQL text). TRACE lines then show a
         * placeholder instead of the body; what is sent is unchanged.
         *
         * @return this builder
         */
        public Builder secretRequest() {
            this.secretRequest = true;
            return this;
        }

        /**
         * Ends the declaration with what a successful answer decodes to.
         *
         * @param response the response kind
         * @param <T> the decoded type
         * @return the endpoint
         */
        public <T> Endpoint<T> returns(ResponseKind<T> response) {
            return new Endpoint<>(this, response);
        }

        /**
         * Ends the declaration with a JSON answer of one type.
         *
         * @param type the decoded type
         * @param <T> the decoded type
         * @return the endpoint
         */
        public <T> Endpoint<T> returns(Class<T> type) {
            return returns(ResponseKind.json(type));
        }

        /**
         * Ends the declaration with a generic JSON answer.
         *
         * @param type the decoded type
         * @param <T> the decoded type
         * @return the endpoint
         */
        public <T> Endpoint<T> returns(TypeReference<T> type) {
            return returns(ResponseKind.json(type));
        }

        /**
         * Ends the declaration of an endpoint whose answer carries nothing the SDK reads.
         *
         * @return the endpoint
         */
        public Endpoint<Void> returnsNothing() {
            return returns(ResponseKind.none());
        }
    }

    /**
     * One call of an endpoint: its path arguments (or absolute URL), query parameters and body. Made by {@link
     * Endpoint#call(String...)} and sent by {@link Invoker#send(Call)}; not thread-safe, use it once.
     *
     * @param <T> what a successful answer decodes to
     */
    public static final class Call<T> {
        private final Endpoint<T> endpoint;
        private final List<String> segments;
        private final HttpUrl url;
        private final List<Map.Entry<String, Object>> query = new ArrayList<>();
        private Object body;

        private Call(Endpoint<T> endpoint, List<String> segments, HttpUrl url) {
            this.endpoint = endpoint;
            this.segments = segments;
            this.url = url;
        }

        /** @return the endpoint called */
        public Endpoint<T> endpoint() {
            return endpoint;
        }

        /**
         * Adds a query parameter the endpoint declares.
         *
         * @param name the name
         * @param value the value; null adds nothing, so optional parameters pass straight through
         * @return this call
         * @throws IllegalStateException if the endpoint does not declare the parameter
         * @throws IllegalArgumentException if the value fails the parameter's declared check ({@link
         *     Builder#checkQuery}); nothing is sent
         */
        public Call<T> query(String name, Object value) {
            Object sent = endpoint.query.value(endpoint, name, value);
            if (sent != null) {
                query.add(Map.entry(name, sent));
            }
            return this;
        }

        /**
         * Sets the JSON body.
         *
         * @param json an object Jackson writes with the SDK's mapper; null leaves an optional body out
         * @return this call
         * @throws IllegalStateException if the endpoint takes no JSON body
         */
        public Call<T> body(Object json) {
            if (endpoint.bodyKind != BodyKind.JSON && endpoint.bodyKind != BodyKind.OPTIONAL_JSON) {
                throw new IllegalStateException(endpoint
                        + (endpoint.bodyKind == BodyKind.EMPTY_JSON ? " always sends {} and" : "")
                        + " takes no JSON body");
            }
            this.body = json;
            return this;
        }

        /**
         * Sets a raw byte body.
         *
         * @param bytes the bytes, sent as they are
         * @param mediaType their media type, e.g. {@code application/octet-stream}
         * @return this call
         * @throws IllegalStateException if the endpoint takes no byte body
         * @throws IllegalArgumentException if the media type is not one
         */
        public Call<T> bytes(byte[] bytes, String mediaType) {
            if (endpoint.bodyKind != BodyKind.BYTES) {
                throw new IllegalStateException(endpoint + " takes no byte body");
            }
            this.body = new RawBody(bytes, mediaType);
            return this;
        }

        /**
         * The request this call sends with the given options.
         *
         * @param options the per-call options
         * @return the request
         * @throws IllegalStateException if a required body is missing
         */
        public ApiRequest toRequest(RequestOptions options) {
            if (body == null && (endpoint.bodyKind == BodyKind.JSON || endpoint.bodyKind == BodyKind.BYTES)) {
                throw new IllegalStateException(endpoint + " needs a body");
            }
            ApiRequest.Builder request = new ApiRequest.Builder(endpoint, segments, url);
            for (Map.Entry<String, Object> parameter : query) {
                request.query(parameter.getKey(), parameter.getValue());
            }
            if (endpoint.bodyKind == BodyKind.EMPTY_JSON) {
                request.body(Map.of());
            } else if (body != null) {
                request.body(body);
            }
            return request.options(options).build();
        }
    }
}
