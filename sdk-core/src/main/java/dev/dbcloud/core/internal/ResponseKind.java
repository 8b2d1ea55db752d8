package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an {@link Endpoint}'s successful answer decodes to, and how: a JSON value, a JSON value that may be absent,
 * a cursor page, text (Prometheus metrics, PEM certificates) or nothing. Each kind sends through one of {@link
 * HttpEngine}'s public methods, so a future asynchronous engine method per kind is all an asynchronous surface
 * needs.
 *
 * @param <T> the decoded type
 */
public interface ResponseKind<T> {

    /**
     * Sends a request and decodes the answer.
     *
     * @param engine the client's engine
     * @param request the request
     * @return the response with the decoded value
     */
    ApiResponse<T> send(HttpEngine engine, ApiRequest request);

    /**
     * A short description for messages and the coverage report, e.g. {@code JSON Cluster}.
     *
     * @return the description
     */
    String describe();

    /**
     * A JSON value of one type.
     *
     * @param type the type
     * @param <T> the type
     * @return the kind
     */
    static <T> ResponseKind<T> json(Class<T> type) {
        return json(Json.type(requireNonNull(type, "type == null")), type.getSimpleName());
    }

    /**
     * A generic JSON value, such as a list.
     *
     * @param type the type
     * @param <T> the type
     * @return the kind
     */
    static <T> ResponseKind<T> json(TypeReference<T> type) {
        JavaType javaType = Json.type(requireNonNull(type, "type == null"));
        return json(javaType, javaType.toCanonical());
    }

    private static <T> ResponseKind<T> json(JavaType type, String name) {
        return new ResponseKind<>() {
            @Override
            public ApiResponse<T> send(HttpEngine engine, ApiRequest request) {
                return engine.send(request, type);
            }

            @Override
            public String describe() {
                return "JSON " + name;
            }
        };
    }

    /**
     * A JSON envelope the caller sees only part of, such as one field of a wrapper object. For a list under one
     * member, {@link #listUnder(String, Class)} is shorter and streams.
     *
     * @param type the envelope's type
     * @param extract the part the call returns; it must not return null
     * @param <R> the envelope's type
     * @param <T> the part's type
     * @return the kind
     */
    static <R, T> ResponseKind<T> json(TypeReference<R> type, Function<? super R, ? extends T> extract) {
        return json(type).map(extract);
    }

    /**
     * A list under one member of a JSON object, such as the roles of {@code {"roles": […]}}: the member's array is
     * decoded straight from the body into the list, and the object's other members are skipped. An absent or
     * {@code null} member reads as an empty list and {@code null} items are left out; the list is unmodifiable.
     *
     * @param member the member holding the list
     * @param itemType the type of one item
     * @param <T> the item type
     * @return the kind
     */
    static <T> ResponseKind<List<T>> listUnder(String member, Class<T> itemType) {
        requireNonNull(member, "member == null");
        JavaType javaType = Json.type(requireNonNull(itemType, "itemType == null"));
        return new ResponseKind<>() {
            @Override
            public ApiResponse<List<T>> send(HttpEngine engine, ApiRequest request) {
                return engine.sendList(request, member, javaType);
            }

            @Override
            public String describe() {
                return "list of " + itemType.getSimpleName() + " under \"" + member + "\"";
            }
        };
    }

    /**
     * This kind with its decoded value turned into another, such as one item picked out of a list.
     *
     * @param mapper turns the decoded value into the call's result; it must not return null
     * @param <U> the result type
     * @return the kind
     */
    default <U> ResponseKind<U> map(Function<? super T, ? extends U> mapper) {
        requireNonNull(mapper, "mapper == null");
        ResponseKind<T> decoded = this;
        return new ResponseKind<>() {
            @Override
            public ApiResponse<U> send(HttpEngine engine, ApiRequest request) {
                ApiResponse<T> response = decoded.send(engine, request);
                return response.withValue(mapper.apply(response.value()));
            }

            @Override
            public String describe() {
                return decoded.describe();
            }
        };
    }

    /**
     * A JSON value the API may leave out: an empty body (such as a 204) decodes to empty.
     *
     * @param type the type
     * @param <T> the type
     * @return the kind
     */
    static <T> ResponseKind<Optional<T>> optional(Class<T> type) {
        JavaType javaType = Json.type(requireNonNull(type, "type == null"));
        return new ResponseKind<>() {
            @Override
            public ApiResponse<Optional<T>> send(HttpEngine engine, ApiRequest request) {
                return engine.sendOptional(request, javaType);
            }

            @Override
            public String describe() {
                return "optional JSON " + type.getSimpleName();
            }
        };
    }

    /**
     * The first page of a cursor-paged list; later pages repeat the request with the cursor parameter replaced.
     *
     * @param type the type of one list response
     * @param cursorParameter the query parameter carrying the cursor
     * @param slice reads items, has-more flag and next cursor out of a response
     * @param <R> the list response's type
     * @param <T> the item type
     * @return the kind
     */
    static <R, T> ResponseKind<Page<T>> page(
            TypeReference<R> type, String cursorParameter, Function<R, PageSlice<T>> slice) {
        JavaType javaType = Json.type(requireNonNull(type, "type == null"));
        requireNonNull(cursorParameter, "cursorParameter == null");
        requireNonNull(slice, "slice == null");
        return new ResponseKind<>() {
            @Override
            public ApiResponse<Page<T>> send(HttpEngine engine, ApiRequest request) {
                return engine.sendPage(request, cursorParameter, javaType, slice);
            }

            @Override
            public String describe() {
                return "page of " + javaType.toCanonical();
            }
        };
    }

    /**
     * Plain text, such as Prometheus metrics or a PEM certificate.
     *
     * @return the kind
     */
    static ResponseKind<String> text() {
        return new ResponseKind<>() {
            @Override
            public ApiResponse<String> send(HttpEngine engine, ApiRequest request) {
                return engine.sendText(request);
            }

            @Override
            public String describe() {
                return "text";
            }
        };
    }

    /**
     * An answer whose body the SDK does not read.
     *
     * @return the kind
     */
    static ResponseKind<Void> none() {
        JavaType type = Json.type(Void.class);
        return new ResponseKind<>() {
            @Override
            public ApiResponse<Void> send(HttpEngine engine, ApiRequest request) {
                return engine.send(request, type);
            }

            @Override
            public String describe() {
                return "nothing";
            }
        };
    }
}
