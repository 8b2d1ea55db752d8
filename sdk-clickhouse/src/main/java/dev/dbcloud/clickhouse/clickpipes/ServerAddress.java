package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;

/**
 * Where a Postgres or MySQL pipe finds its server: the fields its source and source update carry under the same
 * wire names.
 */
interface ServerAddress {
    /**
     * The server host name or IP address, or a reverse private endpoint's host name (wire {@code host}).
     *
     * @return the value
     */
    Optional<String> host();

    /**
     * The server port, 1 to 65535 (wire {@code port}).
     *
     * @return the value
     */
    Optional<Integer> port();
}
