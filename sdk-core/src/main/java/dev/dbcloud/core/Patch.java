package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.internal.PatchJson;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A field of a partial update (PATCH) request, which can say three things: leave the field as it is ({@link
 * #absent()}: the field is not sent), reset it to the API's default ({@link #ofNull()}: sent as JSON {@code
 * null}), or set it ({@link #of(Object)}).
 *
 * <pre>{@code
 * BackupConfigurationUpdate.builder()
 *     .backupPeriodInHours(Patch.of(12))     // set
 *     .backupRetentionPeriodInHours(Patch.ofNull()) // reset to the default
 *     .build();                              // backupStartTime: absent, left as it is
 * }</pre>
 *
 * <p>In a model, declare such a field with a default so builders need not mention it:
 * {@code @Value.Default Patch<Integer> backupPeriodInHours() { return Patch.absent(); }}. The SDK's own JSON
 * configuration leaves absent fields out; a plain {@code ObjectMapper} cannot tell absent
 * from null and writes both as {@code null}, so let the SDK write its requests.
 *
 * @param <T> the field's type
 */
@JsonSerialize(using = PatchJson.Serializer.class)
@JsonDeserialize(using = PatchJson.Deserializer.class)
public final class Patch<T> {
    private static final Patch<?> ABSENT = new Patch<>(false, null);
    private static final Patch<?> NULL = new Patch<>(true, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    /**
     * Leaves the field unchanged: it is not sent at all.
     *
     * @param <T> the field's type
     * @return the absent patch
     */
    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    /**
     * Resets the field: it is sent as JSON {@code null}, which the API takes as "back to the default".
     *
     * @param <T> the field's type
     * @return the null patch
     */
    @SuppressWarnings("unchecked")
    public static <T> Patch<T> ofNull() {
        return (Patch<T>) NULL;
    }

    /**
     * Sets the field to {@code value}.
     *
     * @param value the new value
     * @param <T> the field's type
     * @return a patch carrying the value
     */
    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, requireNonNull(value, "value == null; use Patch.ofNull() to reset a field"));
    }

    /**
     * Whether the field is left out of the request.
     *
     * @return true for {@link #absent()}
     */
    public boolean isAbsent() {
        return !present;
    }

    /**
     * Whether the field is sent as an explicit JSON {@code null}.
     *
     * @return true for {@link #ofNull()}
     */
    public boolean isNull() {
        return present && value == null;
    }

    /**
     * Whether the field carries a value.
     *
     * @return true for {@link #of(Object)}
     */
    public boolean hasValue() {
        return value != null;
    }

    /**
     * The value being set.
     *
     * @return the value
     * @throws NoSuchElementException if this patch is absent or null
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException(isAbsent() ? "patch is absent" : "patch is null");
        }
        return value;
    }

    /**
     * The value being set, if any.
     *
     * @return the value, or empty for an absent or null patch
     */
    public Optional<T> asOptional() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patch<?> other && other.present == present && Objects.equals(other.value, value);
    }

    @Override
    public int hashCode() {
        return present ? Objects.hashCode(value) + 1 : 0;
    }

    @Override
    public String toString() {
        return isAbsent() ? "Patch.absent()" : isNull() ? "Patch.ofNull()" : "Patch.of(" + value + ")";
    }
}
