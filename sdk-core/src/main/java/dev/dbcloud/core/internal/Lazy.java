package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A value made on first use and shared afterwards, for a client's resources: building a client (or a {@code
 * withOptions} view of it) then loads and builds only what its calls need. Made at most once even when threads
 * race; read without locking once made.
 *
 * <p>The maker is given at each read, not when the holder is declared, and takes the owner as its argument: a
 * non-capturing lambda is then made (and the class it builds loaded) only when the value is first read, and
 * costs no allocation on later reads.
 *
 * <pre>{@code
 * private final Lazy<Services> services = new Lazy<>();
 * public Services services() { return services.get(this, client -> new Services(client.invoker())); }
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {
    private volatile T value;

    /** Declares an empty holder; the first {@link #get} fills it. */
    public Lazy() {}

    /**
     * The value, made by the first call.
     *
     * @param owner what the value is made from, passed to {@code make}
     * @param make makes the value from the owner, once; must not return null
     * @param <O> the owner's type
     * @return the value
     */
    public <O> T get(O owner, Function<? super O, ? extends T> make) {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = requireNonNull(make.apply(owner), "made == null");
                    value = made;
                }
            }
        }
        return made;
    }
}
