package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.ModelToString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The schema registry of a Kafka pipe reading {@code AvroConfluent} or {@code Protobuf} (wire field {@code
 * source.kafka.schemaRegistry}). Responses never carry the credentials.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = SchemaRegistry.class)
@JsonDeserialize(as = SchemaRegistry.class)
abstract class SchemaRegistryDef {
    /**
     * The schema URL; HTTPS is required (wire {@code url}).
     *
     * @return the value
     */
    abstract Optional<String> url();

    /**
     * How to authenticate to the registry (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<SchemaRegistryAuthentication> authentication();

    /**
     * PEM encoded CA certificates to validate the registry's certificate (wire {@code caCertificate}).
     *
     * @return the value
     */
    abstract Optional<String> caCertificate();

    /**
     * The registry credentials; the password is redacted in {@code toString()} (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<UsernamePassword> credentials();

    /**
     * The fields that are present; the URL's user info and query string are masked (a registry URL may carry
     * credentials), and so is the credentials' password.
     *
     * @return the fields that are present
     */
    @Override
    public String toString() {
        return ModelToString.of("SchemaRegistry")
                .addUrl("url", url())
                .add("authentication", authentication())
                .add("caCertificate", caCertificate())
                .add("credentials", credentials())
                .toString();
    }
}
