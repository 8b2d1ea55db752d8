package dev.dbcloud.core.internal;

import java.util.Optional;
import java.util.StringJoiner;

/**
 * Builds the {@code toString()} of a model that cannot leave it to Immutables because a field needs masking
 * other than {@code ****}: a URL whose query string and user info hide a signature or a password, shown as
 * {@link SecretMasker#maskUrls(String)} does. Absent fields are left out, as in generated models.
 *
 * <pre>{@code
 * return ModelToString.of("SchemaRegistry")
 *         .addUrl("url", url())
 *         .add("credentials", credentials())
 *         .toString();
 * }</pre>
 */
public final class ModelToString {
    private final StringJoiner fields;

    private ModelToString(String typeName) {
        this.fields = new StringJoiner(", ", typeName + "{", "}");
    }

    /**
     * Starts the description of a model.
     *
     * @param typeName the model's simple name, e.g. {@code SchemaRegistry}
     * @return a builder
     */
    public static ModelToString of(String typeName) {
        return new ModelToString(typeName);
    }

    /**
     * Adds a field shown as its own {@code toString()}, when present.
     *
     * @param name the field name
     * @param value the value, possibly empty
     * @return this builder
     */
    public ModelToString add(String name, Optional<?> value) {
        value.ifPresent(v -> fields.add(name + "=" + v));
        return this;
    }

    /**
     * Adds a URL-valued field with its query string and the password of its user info masked, when present.
     *
     * @param name the field name
     * @param url the URL, possibly empty
     * @return this builder
     */
    public ModelToString addUrl(String name, Optional<String> url) {
        return add(name, url.map(SecretMasker::maskUrls));
    }

    /** @return e.g. {@code SchemaRegistry{url=https://host/schemas?****}} */
    @Override
    public String toString() {
        return fields.toString();
    }
}
