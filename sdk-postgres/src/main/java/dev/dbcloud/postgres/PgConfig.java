package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Postgres runtime settings of an instance (wire object {@code pgConfig}): setting names as Postgres spells them,
 * mapped to values.
 *
 * <pre>{@code
 * PgConfig config = PgConfig.builder()
 *     .maxConnections(200)                      // sent as the string "200"
 *     .workMem("8MB")                           // settings with units are strings
 *     .put("statement_timeout", "60s")          // a documented key, by name (unknown keys: 400)
 *     .build();
 *
 * PgConfig current = pg.instances().config(id).pgConfig();
 * long max = current.maxConnections().orElse(100);            // typed accessors for known keys
 * Optional<String> raw = current.string("max_connections");  // "200": the API answers with strings
 * }</pre>
 *
 * <p>The API answers every value as a JSON <em>string</em>, even one sent as a number ({@code
 * {"max_connections":"100"}}), so the typed accessors ({@link #maxConnections()}, {@link #randomPageCost()}, {@link
 * #integer(String)}, {@link #number(String)}) parse the text and are empty when the key is absent or its text is
 * not a number; {@link #string(String)} and {@link #asMap()} give the text of any key. Reading accepts strings and
 * numbers. Every value is written as a JSON string ({@code {"pgConfig":{"max_connections":"42"}}}), as the vendor's
 * Managed Postgres documentation shows and its Terraform provider sends, whether it was set as a number or as
 * text.
 *
 * <p>The API accepts only the keys it documents (constants of this class) and refuses others with {@code 400};
 * the SDK leaves that check, and the checks of the values, to the server. On create, read replica and restore,
 * an empty {@code pgConfig} is refused by the API: set at least one key there, or none at all.
 *
 * <p>This class is longer than the SDK's other sources on purpose: it is the typed map of one closed object of the
 * API, and each documented key appears here as a constant, a typed accessor and a typed builder setter, in the
 * same order in each group. Keeping them in one file makes adding or checking a key one edit in one place;
 * splitting accessors from setters, or keys into groups, would scatter every key over several files.
 */
public final class PgConfig {
    private static final PgConfig EMPTY = new PgConfig(Map.of());

    /** The key {@code max_connections}: the most concurrent connections (at least 1). */
    public static final String MAX_CONNECTIONS = "max_connections";

    /** The key {@code effective_io_concurrency}: concurrent disk I/O operations the planner expects. */
    public static final String EFFECTIVE_IO_CONCURRENCY = "effective_io_concurrency";

    /** The key {@code max_worker_processes}: the most background worker processes. */
    public static final String MAX_WORKER_PROCESSES = "max_worker_processes";

    /** The key {@code max_parallel_workers}: the most workers for parallel operations. */
    public static final String MAX_PARALLEL_WORKERS = "max_parallel_workers";

    /** The key {@code max_parallel_workers_per_gather}: the most parallel workers per Gather node. */
    public static final String MAX_PARALLEL_WORKERS_PER_GATHER = "max_parallel_workers_per_gather";

    /** The key {@code max_parallel_maintenance_workers}: the most parallel workers per maintenance operation. */
    public static final String MAX_PARALLEL_MAINTENANCE_WORKERS = "max_parallel_maintenance_workers";

    /** The key {@code autovacuum_max_workers}: the most autovacuum workers (at least 1). */
    public static final String AUTOVACUUM_MAX_WORKERS = "autovacuum_max_workers";

    /** The key {@code autovacuum_vacuum_cost_limit}: the autovacuum cost limit ({@code -1} uses {@code vacuum_cost_limit}). */
    public static final String AUTOVACUUM_VACUUM_COST_LIMIT = "autovacuum_vacuum_cost_limit";

    /** The key {@code maintenance_work_mem}: memory for maintenance operations, e.g. {@code 64MB}. */
    public static final String MAINTENANCE_WORK_MEM = "maintenance_work_mem";

    /** The key {@code work_mem}: memory per sort or hash operation, e.g. {@code 4MB}. */
    public static final String WORK_MEM = "work_mem";

    /** The key {@code effective_cache_size}: the planner's assumption of the data cache size, e.g. {@code 4GB}. */
    public static final String EFFECTIVE_CACHE_SIZE = "effective_cache_size";

    /** The key {@code wal_keep_size}: wAL kept for standbys, e.g. {@code 1GB}. */
    public static final String WAL_KEEP_SIZE = "wal_keep_size";

    /** The key {@code min_wal_size}: the WAL size below which old WAL is recycled, e.g. {@code 80MB}. */
    public static final String MIN_WAL_SIZE = "min_wal_size";

    /** The key {@code max_wal_size}: the WAL size that triggers a checkpoint, e.g. {@code 5GB}. */
    public static final String MAX_WAL_SIZE = "max_wal_size";

    /** The key {@code max_slot_wal_keep_size}: the most WAL replication slots may keep ({@code -1} for no limit). */
    public static final String MAX_SLOT_WAL_KEEP_SIZE = "max_slot_wal_keep_size";

    /** The key {@code autovacuum_work_mem}: memory per autovacuum worker, e.g. {@code 64000kB}. */
    public static final String AUTOVACUUM_WORK_MEM = "autovacuum_work_mem";

    /** The key {@code statement_timeout}: the longest a statement may run, e.g. {@code 60s}; {@code 0} disables it. */
    public static final String STATEMENT_TIMEOUT = "statement_timeout";

    /** The key {@code lock_timeout}: the longest a lock may be awaited, e.g. {@code 10s}; {@code 0} disables it. */
    public static final String LOCK_TIMEOUT = "lock_timeout";

    /** The key {@code idle_session_timeout}: the longest a session may idle, e.g. {@code 2m}; {@code 0} disables it. */
    public static final String IDLE_SESSION_TIMEOUT = "idle_session_timeout";

    /** The key {@code idle_in_transaction_session_timeout}: the longest a session may idle in a transaction, e.g. {@code 2h}; {@code 0} disables it. */
    public static final String IDLE_IN_TRANSACTION_SESSION_TIMEOUT = "idle_in_transaction_session_timeout";

    /** The key {@code transaction_timeout}: the longest a transaction may run, e.g. {@code 120s}; {@code 0} disables it. */
    public static final String TRANSACTION_TIMEOUT = "transaction_timeout";

    /** The key {@code wal_sender_timeout}: the replication timeout, e.g. {@code 120m}; {@code 0} disables it. */
    public static final String WAL_SENDER_TIMEOUT = "wal_sender_timeout";

    /** The key {@code autovacuum_naptime}: the pause between autovacuum runs, e.g. {@code 5s}. */
    public static final String AUTOVACUUM_NAPTIME = "autovacuum_naptime";

    /** The key {@code autovacuum_vacuum_cost_delay}: the autovacuum cost delay, e.g. {@code 2ms}. */
    public static final String AUTOVACUUM_VACUUM_COST_DELAY = "autovacuum_vacuum_cost_delay";

    /** The key {@code random_page_cost}: the planner's cost of a random page fetch, e.g. {@code 1.1}. */
    public static final String RANDOM_PAGE_COST = "random_page_cost";

    /** The key {@code autovacuum_vacuum_scale_factor}: the fraction of a table that triggers a vacuum, e.g. {@code 0.2}. */
    public static final String AUTOVACUUM_VACUUM_SCALE_FACTOR = "autovacuum_vacuum_scale_factor";

    /** The key {@code autovacuum_analyze_scale_factor}: the fraction of a table that triggers an analyze, e.g. {@code 0.1}. */
    public static final String AUTOVACUUM_ANALYZE_SCALE_FACTOR = "autovacuum_analyze_scale_factor";

    /** The key {@code autovacuum_vacuum_insert_scale_factor}: the fraction of inserts that triggers a vacuum, e.g. {@code 0.2}. */
    public static final String AUTOVACUUM_VACUUM_INSERT_SCALE_FACTOR = "autovacuum_vacuum_insert_scale_factor";

    /** The key {@code default_transaction_isolation}: the default isolation level: {@code read committed}, {@code repeatable read} or {@code serializable}. */
    public static final String DEFAULT_TRANSACTION_ISOLATION = "default_transaction_isolation";

    /** The key {@code ssl_min_protocol_version}: the oldest TLS version accepted: {@code TLSv1}, {@code TLSv1.1}, {@code TLSv1.2} or {@code TLSv1.3}. */
    public static final String SSL_MIN_PROTOCOL_VERSION = "ssl_min_protocol_version";

    /** The key {@code wal_compression}: wAL compression: {@code off}, {@code on}, {@code lz4} or {@code zstd}. */
    public static final String WAL_COMPRESSION = "wal_compression";

    private final Map<String, Object> values;

    private PgConfig(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * A configuration without any key: set as the {@code pgConfig} of a {@link ConfigParams}, it sends {@code {}},
     * which clears every Postgres setting on a replace and changes nothing on an update.
     *
     * @return the empty configuration
     */
    public static PgConfig empty() {
        return EMPTY;
    }

    /**
     * Starts building a configuration.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /**
     * A builder holding this configuration's keys, to derive a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(values);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PgConfig fromJson(Map<String, JsonNode> json) {
        if (json == null) {
            return EMPTY;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        json.forEach((key, node) -> {
            if (node == null || node.isNull()) {
                return;
            }
            values.put(key, node.isNumber() ? node.numberValue() : node.asText());
        });
        return new PgConfig(values);
    }

    /** Every value as a JSON string, as the vendor documents and its Terraform provider sends them. */
    @JsonValue
    Map<String, String> toJson() {
        return asMap();
    }

    /**
     * The text of a key's value, as the API spells it.
     *
     * @param key a setting name, e.g. {@link #WORK_MEM}
     * @return the value's text, or empty if the key is absent
     */
    public Optional<String> string(String key) {
        requireNonNull(key, "key == null");
        return Optional.ofNullable(values.get(key)).map(PgConfig::text);
    }

    /**
     * A key's value as an integer, parsed from the text the API answers with.
     *
     * @param key a setting name, e.g. {@link #MAX_CONNECTIONS}
     * @return the value, or empty if the key is absent or its text is not an integer (e.g. {@code 64MB})
     */
    public OptionalLong integer(String key) {
        return parsed(key, Long::parseLong).map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    /**
     * A key's value as a decimal number, parsed from the text the API answers with.
     *
     * @param key a setting name, e.g. {@link #RANDOM_PAGE_COST}
     * @return the value, or empty if the key is absent or its text is not a finite number
     */
    public OptionalDouble number(String key) {
        return parsed(key, Double::parseDouble)
                .filter(Double::isFinite)
                .map(OptionalDouble::of)
                .orElseGet(OptionalDouble::empty);
    }

    /** The key's text parsed as a number, or empty when the key is absent or its text is not a number. */
    private <N> Optional<N> parsed(String key, Function<String, N> parse) {
        Optional<String> text = string(key);
        try {
            return text.map(t -> parse.apply(t.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The most concurrent connections (at least 1) (key {@code max_connections}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong maxConnections() {
        return integer(MAX_CONNECTIONS);
    }

    /**
     * Concurrent disk I/O operations the planner expects (key {@code effective_io_concurrency}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong effectiveIoConcurrency() {
        return integer(EFFECTIVE_IO_CONCURRENCY);
    }

    /**
     * The most background worker processes (key {@code max_worker_processes}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong maxWorkerProcesses() {
        return integer(MAX_WORKER_PROCESSES);
    }

    /**
     * The most workers for parallel operations (key {@code max_parallel_workers}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong maxParallelWorkers() {
        return integer(MAX_PARALLEL_WORKERS);
    }

    /**
     * The most parallel workers per Gather node (key {@code max_parallel_workers_per_gather}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong maxParallelWorkersPerGather() {
        return integer(MAX_PARALLEL_WORKERS_PER_GATHER);
    }

    /**
     * The most parallel workers per maintenance operation (key {@code max_parallel_maintenance_workers}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong maxParallelMaintenanceWorkers() {
        return integer(MAX_PARALLEL_MAINTENANCE_WORKERS);
    }

    /**
     * The most autovacuum workers (at least 1) (key {@code autovacuum_max_workers}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong autovacuumMaxWorkers() {
        return integer(AUTOVACUUM_MAX_WORKERS);
    }

    /**
     * The autovacuum cost limit ({@code -1} uses {@code vacuum_cost_limit}) (key {@code autovacuum_vacuum_cost_limit}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not an integer
     */
    public OptionalLong autovacuumVacuumCostLimit() {
        return integer(AUTOVACUUM_VACUUM_COST_LIMIT);
    }

    /**
     * Memory for maintenance operations, e.g. {@code 64MB} (key {@code maintenance_work_mem}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> maintenanceWorkMem() {
        return string(MAINTENANCE_WORK_MEM);
    }

    /**
     * Memory per sort or hash operation, e.g. {@code 4MB} (key {@code work_mem}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> workMem() {
        return string(WORK_MEM);
    }

    /**
     * The planner's assumption of the data cache size, e.g. {@code 4GB} (key {@code effective_cache_size}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> effectiveCacheSize() {
        return string(EFFECTIVE_CACHE_SIZE);
    }

    /**
     * WAL kept for standbys, e.g. {@code 1GB} (key {@code wal_keep_size}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> walKeepSize() {
        return string(WAL_KEEP_SIZE);
    }

    /**
     * The WAL size below which old WAL is recycled, e.g. {@code 80MB} (key {@code min_wal_size}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> minWalSize() {
        return string(MIN_WAL_SIZE);
    }

    /**
     * The WAL size that triggers a checkpoint, e.g. {@code 5GB} (key {@code max_wal_size}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> maxWalSize() {
        return string(MAX_WAL_SIZE);
    }

    /**
     * The most WAL replication slots may keep ({@code -1} for no limit) (key {@code max_slot_wal_keep_size}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> maxSlotWalKeepSize() {
        return string(MAX_SLOT_WAL_KEEP_SIZE);
    }

    /**
     * Memory per autovacuum worker, e.g. {@code 64000kB} (key {@code autovacuum_work_mem}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> autovacuumWorkMem() {
        return string(AUTOVACUUM_WORK_MEM);
    }

    /**
     * The longest a statement may run, e.g. {@code 60s}; {@code 0} disables it (key {@code statement_timeout}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> statementTimeout() {
        return string(STATEMENT_TIMEOUT);
    }

    /**
     * The longest a lock may be awaited, e.g. {@code 10s}; {@code 0} disables it (key {@code lock_timeout}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> lockTimeout() {
        return string(LOCK_TIMEOUT);
    }

    /**
     * The longest a session may idle, e.g. {@code 2m}; {@code 0} disables it (key {@code idle_session_timeout}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> idleSessionTimeout() {
        return string(IDLE_SESSION_TIMEOUT);
    }

    /**
     * The longest a session may idle in a transaction, e.g. {@code 2h}; {@code 0} disables it (key {@code idle_in_transaction_session_timeout}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> idleInTransactionSessionTimeout() {
        return string(IDLE_IN_TRANSACTION_SESSION_TIMEOUT);
    }

    /**
     * The longest a transaction may run, e.g. {@code 120s}; {@code 0} disables it (key {@code transaction_timeout}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> transactionTimeout() {
        return string(TRANSACTION_TIMEOUT);
    }

    /**
     * The replication timeout, e.g. {@code 120m}; {@code 0} disables it (key {@code wal_sender_timeout}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> walSenderTimeout() {
        return string(WAL_SENDER_TIMEOUT);
    }

    /**
     * The pause between autovacuum runs, e.g. {@code 5s} (key {@code autovacuum_naptime}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> autovacuumNaptime() {
        return string(AUTOVACUUM_NAPTIME);
    }

    /**
     * The autovacuum cost delay, e.g. {@code 2ms} (key {@code autovacuum_vacuum_cost_delay}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> autovacuumVacuumCostDelay() {
        return string(AUTOVACUUM_VACUUM_COST_DELAY);
    }

    /**
     * The planner's cost of a random page fetch, e.g. {@code 1.1} (key {@code random_page_cost}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not a number
     */
    public OptionalDouble randomPageCost() {
        return number(RANDOM_PAGE_COST);
    }

    /**
     * The fraction of a table that triggers a vacuum, e.g. {@code 0.2} (key {@code autovacuum_vacuum_scale_factor}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not a number
     */
    public OptionalDouble autovacuumVacuumScaleFactor() {
        return number(AUTOVACUUM_VACUUM_SCALE_FACTOR);
    }

    /**
     * The fraction of a table that triggers an analyze, e.g. {@code 0.1} (key {@code autovacuum_analyze_scale_factor}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not a number
     */
    public OptionalDouble autovacuumAnalyzeScaleFactor() {
        return number(AUTOVACUUM_ANALYZE_SCALE_FACTOR);
    }

    /**
     * The fraction of inserts that triggers a vacuum, e.g. {@code 0.2} (key {@code autovacuum_vacuum_insert_scale_factor}), parsed from the string the API answers with.
     *
     * @return the value, or empty if the key is absent or not a number
     */
    public OptionalDouble autovacuumVacuumInsertScaleFactor() {
        return number(AUTOVACUUM_VACUUM_INSERT_SCALE_FACTOR);
    }

    /**
     * The default isolation level: {@code read committed}, {@code repeatable read} or {@code serializable} (key {@code default_transaction_isolation}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> defaultTransactionIsolation() {
        return string(DEFAULT_TRANSACTION_ISOLATION);
    }

    /**
     * The oldest TLS version accepted: {@code TLSv1}, {@code TLSv1.1}, {@code TLSv1.2} or {@code TLSv1.3} (key {@code ssl_min_protocol_version}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> sslMinProtocolVersion() {
        return string(SSL_MIN_PROTOCOL_VERSION);
    }

    /**
     * WAL compression: {@code off}, {@code on}, {@code lz4} or {@code zstd} (key {@code wal_compression}).
     *
     * @return the value as the API spells it, or empty if the key is absent
     */
    public Optional<String> walCompression() {
        return string(WAL_COMPRESSION);
    }

    /**
     * Every key with the text of its value, in the order they were set or read.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> asMap() {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((key, value) -> text.put(key, text(value)));
        return Collections.unmodifiableMap(text);
    }

    /**
     * The keys set.
     *
     * @return an unmodifiable set, in the order they were set or read
     */
    public Set<String> keys() {
        return values.keySet();
    }

    /**
     * Whether no key is set.
     *
     * @return true for an empty configuration
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }

    /** Equal when both hold the same keys with the same text, so {@code 100} equals {@code "100"}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PgConfig other && other.asMap().equals(asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return "PgConfig" + asMap();
    }

    /** Builds a {@link PgConfig}; setting a key again replaces its value. */
    public static final class Builder {
        private final Map<String, Object> values;

        private Builder(Map<String, Object> values) {
            this.values = new LinkedHashMap<>(values);
        }

        /**
         * Sets a key to a text value, sent as a JSON string.
         *
         * <p>Any key is accepted here, but {@code pgConfig} is a closed object on the server: a key it does not
         * document (see the constants of {@link PgConfig}) makes the whole request fail with {@code 400
         * BAD_REQUEST}. Use it for documented keys without a named setter, or keys newer than this SDK.
         *
         * @param key the setting name
         * @param value the value, e.g. {@code 64MB}
         * @return this builder
         * @throws IllegalArgumentException if the key is blank
         */
        public Builder put(String key, String value) {
            return set(key, requireNonNull(value, "value == null"));
        }

        /**
         * Sets a key to an integer, sent as a JSON string ({@code "42"}).
         *
         * <p>Any key is accepted here, but {@code pgConfig} is a closed object on the server: a key it does not
         * document (see the constants of {@link PgConfig}) makes the whole request fail with {@code 400
         * BAD_REQUEST}. Use it for documented keys without a named setter, or keys newer than this SDK.
         *
         * @param key the setting name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the key is blank
         */
        public Builder put(String key, long value) {
            return set(key, value);
        }

        /**
         * Sets a key to a decimal number, sent as a JSON string ({@code "1.1"}).
         *
         * <p>Any key is accepted here, but {@code pgConfig} is a closed object on the server: a key it does not
         * document (see the constants of {@link PgConfig}) makes the whole request fail with {@code 400
         * BAD_REQUEST}. Use it for documented keys without a named setter, or keys newer than this SDK.
         *
         * @param key the setting name
         * @param value a finite value
         * @return this builder
         * @throws IllegalArgumentException if the key is blank or the value is not finite
         */
        public Builder put(String key, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(key + " must be a finite number but was " + value);
            }
            return set(key, value);
        }

        private Builder set(String key, Object value) {
            values.put(Checks.notBlank(key, "key"), value);
            return this;
        }

        /**
         * Removes a key.
         *
         * @param key the setting name
         * @return this builder
         */
        public Builder remove(String key) {
            values.remove(requireNonNull(key, "key == null"));
            return this;
        }

        /**
         * Sets {@code max_connections}: the most concurrent connections (at least 1).
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxConnections(long value) {
            return put(MAX_CONNECTIONS, value);
        }

        /**
         * Sets {@code effective_io_concurrency}: concurrent disk I/O operations the planner expects.
         *
         * @param value the value
         * @return this builder
         */
        public Builder effectiveIoConcurrency(long value) {
            return put(EFFECTIVE_IO_CONCURRENCY, value);
        }

        /**
         * Sets {@code max_worker_processes}: the most background worker processes.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxWorkerProcesses(long value) {
            return put(MAX_WORKER_PROCESSES, value);
        }

        /**
         * Sets {@code max_parallel_workers}: the most workers for parallel operations.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxParallelWorkers(long value) {
            return put(MAX_PARALLEL_WORKERS, value);
        }

        /**
         * Sets {@code max_parallel_workers_per_gather}: the most parallel workers per Gather node.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxParallelWorkersPerGather(long value) {
            return put(MAX_PARALLEL_WORKERS_PER_GATHER, value);
        }

        /**
         * Sets {@code max_parallel_maintenance_workers}: the most parallel workers per maintenance operation.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxParallelMaintenanceWorkers(long value) {
            return put(MAX_PARALLEL_MAINTENANCE_WORKERS, value);
        }

        /**
         * Sets {@code autovacuum_max_workers}: the most autovacuum workers (at least 1).
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumMaxWorkers(long value) {
            return put(AUTOVACUUM_MAX_WORKERS, value);
        }

        /**
         * Sets {@code autovacuum_vacuum_cost_limit}: the autovacuum cost limit ({@code -1} uses {@code vacuum_cost_limit}).
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumVacuumCostLimit(long value) {
            return put(AUTOVACUUM_VACUUM_COST_LIMIT, value);
        }

        /**
         * Sets {@code maintenance_work_mem}: memory for maintenance operations, e.g. {@code 64MB}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maintenanceWorkMem(String value) {
            return put(MAINTENANCE_WORK_MEM, value);
        }

        /**
         * Sets {@code work_mem}: memory per sort or hash operation, e.g. {@code 4MB}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder workMem(String value) {
            return put(WORK_MEM, value);
        }

        /**
         * Sets {@code effective_cache_size}: the planner's assumption of the data cache size, e.g. {@code 4GB}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder effectiveCacheSize(String value) {
            return put(EFFECTIVE_CACHE_SIZE, value);
        }

        /**
         * Sets {@code wal_keep_size}: wAL kept for standbys, e.g. {@code 1GB}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder walKeepSize(String value) {
            return put(WAL_KEEP_SIZE, value);
        }

        /**
         * Sets {@code min_wal_size}: the WAL size below which old WAL is recycled, e.g. {@code 80MB}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder minWalSize(String value) {
            return put(MIN_WAL_SIZE, value);
        }

        /**
         * Sets {@code max_wal_size}: the WAL size that triggers a checkpoint, e.g. {@code 5GB}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxWalSize(String value) {
            return put(MAX_WAL_SIZE, value);
        }

        /**
         * Sets {@code max_slot_wal_keep_size}: the most WAL replication slots may keep ({@code -1} for no limit); a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxSlotWalKeepSize(String value) {
            return put(MAX_SLOT_WAL_KEEP_SIZE, value);
        }

        /**
         * Sets {@code autovacuum_work_mem}: memory per autovacuum worker, e.g. {@code 64000kB}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumWorkMem(String value) {
            return put(AUTOVACUUM_WORK_MEM, value);
        }

        /**
         * Sets {@code statement_timeout}: the longest a statement may run, e.g. {@code 60s}; {@code 0} disables it; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder statementTimeout(String value) {
            return put(STATEMENT_TIMEOUT, value);
        }

        /**
         * Sets {@code lock_timeout}: the longest a lock may be awaited, e.g. {@code 10s}; {@code 0} disables it; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder lockTimeout(String value) {
            return put(LOCK_TIMEOUT, value);
        }

        /**
         * Sets {@code idle_session_timeout}: the longest a session may idle, e.g. {@code 2m}; {@code 0} disables it; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder idleSessionTimeout(String value) {
            return put(IDLE_SESSION_TIMEOUT, value);
        }

        /**
         * Sets {@code idle_in_transaction_session_timeout}: the longest a session may idle in a transaction, e.g. {@code 2h}; {@code 0} disables it; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder idleInTransactionSessionTimeout(String value) {
            return put(IDLE_IN_TRANSACTION_SESSION_TIMEOUT, value);
        }

        /**
         * Sets {@code transaction_timeout}: the longest a transaction may run, e.g. {@code 120s}; {@code 0} disables it; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder transactionTimeout(String value) {
            return put(TRANSACTION_TIMEOUT, value);
        }

        /**
         * Sets {@code wal_sender_timeout}: the replication timeout, e.g. {@code 120m}; {@code 0} disables it; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder walSenderTimeout(String value) {
            return put(WAL_SENDER_TIMEOUT, value);
        }

        /**
         * Sets {@code autovacuum_naptime}: the pause between autovacuum runs, e.g. {@code 5s}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumNaptime(String value) {
            return put(AUTOVACUUM_NAPTIME, value);
        }

        /**
         * Sets {@code autovacuum_vacuum_cost_delay}: the autovacuum cost delay, e.g. {@code 2ms}; a plain number is in the setting's base unit.
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumVacuumCostDelay(String value) {
            return put(AUTOVACUUM_VACUUM_COST_DELAY, value);
        }

        /**
         * Sets {@code random_page_cost}: the planner's cost of a random page fetch, e.g. {@code 1.1}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder randomPageCost(double value) {
            return put(RANDOM_PAGE_COST, value);
        }

        /**
         * Sets {@code autovacuum_vacuum_scale_factor}: the fraction of a table that triggers a vacuum, e.g. {@code 0.2}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumVacuumScaleFactor(double value) {
            return put(AUTOVACUUM_VACUUM_SCALE_FACTOR, value);
        }

        /**
         * Sets {@code autovacuum_analyze_scale_factor}: the fraction of a table that triggers an analyze, e.g. {@code 0.1}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumAnalyzeScaleFactor(double value) {
            return put(AUTOVACUUM_ANALYZE_SCALE_FACTOR, value);
        }

        /**
         * Sets {@code autovacuum_vacuum_insert_scale_factor}: the fraction of inserts that triggers a vacuum, e.g. {@code 0.2}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder autovacuumVacuumInsertScaleFactor(double value) {
            return put(AUTOVACUUM_VACUUM_INSERT_SCALE_FACTOR, value);
        }

        /**
         * Sets {@code default_transaction_isolation}: the default isolation level: {@code read committed}, {@code repeatable read} or {@code serializable}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder defaultTransactionIsolation(String value) {
            return put(DEFAULT_TRANSACTION_ISOLATION, value);
        }

        /**
         * Sets {@code ssl_min_protocol_version}: the oldest TLS version accepted: {@code TLSv1}, {@code TLSv1.1}, {@code TLSv1.2} or {@code TLSv1.3}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder sslMinProtocolVersion(String value) {
            return put(SSL_MIN_PROTOCOL_VERSION, value);
        }

        /**
         * Sets {@code wal_compression}: wAL compression: {@code off}, {@code on}, {@code lz4} or {@code zstd}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder walCompression(String value) {
            return put(WAL_COMPRESSION, value);
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public PgConfig build() {
            return values.isEmpty() ? EMPTY : new PgConfig(values);
        }
    }
}
