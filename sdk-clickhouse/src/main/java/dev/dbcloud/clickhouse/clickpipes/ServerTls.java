package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;

/**
 * How a database pipe verifies the TLS connection to its server: the fields every Postgres, MySQL and MongoDB
 * source and source update carries under the same wire names.
 */
interface ServerTls {
    /**
     * The host name to verify the TLS certificate against (wire {@code tlsHost}).
     *
     * @return the value
     */
    Optional<String> tlsHost();

    /**
     * A PEM encoded CA certificate to validate the server (wire {@code caCertificate}).
     *
     * @return the value
     */
    Optional<String> caCertificate();

    /**
     * Whether TLS is disabled (wire {@code disableTls}).
     *
     * @return the value
     */
    Optional<Boolean> disableTls();

    /**
     * Whether the server certificate is not verified (wire {@code skipCertVerification}).
     *
     * @return the value
     */
    Optional<Boolean> skipCertVerification();
}
