package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;

/**
 * Where a Postgres or MySQL pipe finds its server and the user it reads as: the fields its source and source update
 * carry under the same wire names.
 */
interface DatabaseServer {
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

    /**
     * The user name and password, sent to create a pipe or change them; never returned by the API (wire {@code
     * credentials}).
     *
     * @return the value
     */
    Optional<UsernamePassword> credentials();
}
