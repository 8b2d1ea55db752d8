package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A value made on first use and shared afterwards, for a client's resources: building a client (or a {@code
 * withOptions} view of it) then loads and builds only what its calls need. Made at most once even when threads
 * race; read without locking once made.
 *
 * <pre>{@code
 * private final Lazy<Services> services = new Lazy<>(() -> new Services(invoker(), organization()));
 * public Services services() { return services.get(); }
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {
    private final Supplier<T> make;
    private volatile T value;

    /**
     * Declares the value.
     *
     * @param make makes it, once; must not return null
     */
    public Lazy(Supplier<T> make) {
        this.make = requireNonNull(make, "make == null");
    }

    /**
     * The value, made by the first call.
     *
     * @return the value
     */
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = requireNonNull(make.get(), "made == null");
                    value = made;
                }
            }
        }
        return made;
    }
}
