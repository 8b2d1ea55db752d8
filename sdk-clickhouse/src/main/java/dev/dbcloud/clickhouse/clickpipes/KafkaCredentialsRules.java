package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of {@link KafkaCredentials}: what {@code KafkaCredentialsAttributes} does not say about it. The
 * generated {@code KafkaCredentialsDef} carries its annotations.
 */
abstract class KafkaCredentialsRules extends KafkaCredentialsAttributes {

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
