package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The credentials of a Kafka pipe (wire field {@code source.kafka.credentials}), one of four shapes chosen by the
 * pipe's {@link KafkaAuthentication}: {@code PLAIN} and {@code SCRAM-*} take a user name and password, {@code
 * IAM_USER} an access key pair, Azure Event Hubs a connection string, {@code MUTUAL_TLS} a client certificate and
 * private key. Build them with the factories; only the fields of the chosen shape are sent. {@code build()} refuses
 * credentials with no shape, with fields of two shapes, or with half a shape ({@link IllegalArgumentException}).
 * Every secret prints as {@code ****} in {@code toString()}.
 *
 * <pre>{@code
 * KafkaCredentials.plain("user", "secret");
 * KafkaCredentials.accessKey("AKIA…", "secret");
 * KafkaCredentials.connectionString("Endpoint=sb://…");
 * KafkaCredentials.mutualTls(certificatePem, privateKeyPem);
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = KafkaCredentials.class)
@JsonDeserialize(as = KafkaCredentials.class)
abstract class KafkaCredentialsDef {
    /**
     * The SASL user name ({@code PLAIN}, {@code SCRAM-*}) (wire {@code username}).
     *
     * @return the value
     */
    abstract Optional<String> username();

    /**
     * The SASL password ({@code PLAIN}, {@code SCRAM-*}) (wire {@code password}); printed as {@code ****} by {@code
     * toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> password();

    /**
     * The IAM access key id ({@code IAM_USER}) (wire {@code accessKeyId}).
     *
     * @return the value
     */
    abstract Optional<String> accessKeyId();

    /**
     * The IAM secret key ({@code IAM_USER}) (wire {@code secretKey}); printed as {@code ****} by {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> secretKey();

    /**
     * The Azure Event Hubs connection string (wire {@code connectionString}); printed as {@code ****} by {@code
     * toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> connectionString();

    /**
     * The PEM encoded client certificate ({@code MUTUAL_TLS}) (wire {@code certificate}).
     *
     * @return the value
     */
    abstract Optional<String> certificate();

    /**
     * The PEM encoded client private key ({@code MUTUAL_TLS}) (wire {@code privateKey}); printed as {@code ****} by
     * {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> privateKey();

    /**
     * User name and password, for {@code PLAIN} and {@code SCRAM-SHA-256/512}.
     *
     * @param username the user name
     * @param password the password
     * @return the credentials
     */
    public static KafkaCredentials plain(String username, String password) {
        return KafkaCredentials.builder().username(username).password(password).build();
    }

    /**
     * An IAM access key pair, for {@code IAM_USER} on MSK.
     *
     * @param accessKeyId the access key id
     * @param secretKey the secret key
     * @return the credentials
     */
    public static KafkaCredentials accessKey(String accessKeyId, String secretKey) {
        return KafkaCredentials.builder()
                .accessKeyId(accessKeyId)
                .secretKey(secretKey)
                .build();
    }

    /**
     * An Azure Event Hubs connection string.
     *
     * @param connectionString the connection string
     * @return the credentials
     */
    public static KafkaCredentials connectionString(String connectionString) {
        return KafkaCredentials.builder().connectionString(connectionString).build();
    }

    /**
     * A client certificate and its private key, for {@code MUTUAL_TLS}.
     *
     * @param certificate the PEM encoded client certificate
     * @param privateKey the PEM encoded private key
     * @return the credentials
     */
    public static KafkaCredentials mutualTls(String certificate, String privateKey) {
        return KafkaCredentials.builder()
                .certificate(certificate)
                .privateKey(privateKey)
                .build();
    }

    /** Exactly one shape, complete: the reference's four credential variants. */
    @Value.Check
    void check() {
        int shapes = shape(username(), password(), "username", "password")
                + shape(accessKeyId(), secretKey(), "accessKeyId", "secretKey")
                + (connectionString().isPresent() ? 1 : 0)
                + shape(certificate(), privateKey(), "certificate", "privateKey");
        if (shapes != 1) {
            throw new IllegalArgumentException("KafkaCredentials must set exactly one of username+password,"
                    + " accessKeyId+secretKey, connectionString, certificate+privateKey but sets " + shapes);
        }
    }

    private static int shape(Optional<String> first, Optional<String> second, String firstName, String secondName) {
        if (first.isPresent() != second.isPresent()) {
            throw new IllegalArgumentException("KafkaCredentials." + (first.isPresent() ? secondName : firstName)
                    + " is required with " + (first.isPresent() ? firstName : secondName));
        }
        return first.isPresent() ? 1 : 0;
    }
}
