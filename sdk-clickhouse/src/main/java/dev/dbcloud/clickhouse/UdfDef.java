package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of a user-defined function of the organization (wire schema {@code Udf}), as created, listed or
 * read through {@link Udfs}. Each version is built from an uploaded source archive; {@link #status()} tells when
 * the build is {@link UdfStatus#READY ready} to be attached to a service.
 *
 * <pre>{@code
 * Udf udf = ch.organizations().udfs().get("normalize_url");
 * if (udf.status().filter(UdfStatus.READY::equals).isPresent()) { … }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Udf.class)
@JsonDeserialize(as = Udf.class)
abstract class UdfDef {
    /**
     * The function's name, unique within the organization (wire {@code functionName}).
     *
     * @return the value
     */
    abstract String functionName();

    /**
     * This version's number, from 1 (wire {@code version}).
     *
     * @return the value
     */
    abstract int version();

    /**
     * The build state of this version (wire {@code status}).
     *
     * @return the value
     */
    abstract Optional<UdfStatus> status();

    /**
     * The runtime that executes the function (wire {@code runtime}).
     *
     * @return the value
     */
    abstract Optional<UdfRuntime> runtime();

    /**
     * How ClickHouse runs the command (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<UdfType> type();

    /**
     * The arguments the function takes (wire {@code arguments}).
     *
     * @return the value
     */
    abstract List<UdfArgument> arguments();

    /**
     * The ClickHouse data type of the returned value (wire {@code returnType}).
     *
     * @return the value
     */
    abstract Optional<String> returnType();

    /**
     * The name of the returned value (wire {@code returnName}); absent when unnamed.
     *
     * @return the value
     */
    abstract Optional<String> returnName();

    /**
     * The command pool size of an {@code executable_pool} function (wire {@code poolSize}).
     *
     * @return the value
     */
    abstract Optional<Integer> poolSize();

    /**
     * The command's stdout read timeout in milliseconds (wire {@code commandReadTimeout}).
     *
     * @return the value
     */
    abstract Optional<Integer> commandReadTimeout();

    /**
     * The command's stdin write timeout in milliseconds (wire {@code commandWriteTimeout}).
     *
     * @return the value
     */
    abstract Optional<Integer> commandWriteTimeout();

    /**
     * The longest a command may run, in seconds (wire {@code maxCommandExecutionTime}).
     *
     * @return the value
     */
    abstract Optional<Integer> maxCommandExecutionTime();

    /**
     * Whether ClickHouse sends a row-count chunk header (wire {@code sendChunkHeader}).
     *
     * @return the value
     */
    abstract Optional<Boolean> sendChunkHeader();

    /**
     * The input and output format of the command (wire {@code format}), e.g. {@code TabSeparated}.
     *
     * @return the value
     */
    abstract Optional<String> format();

    /**
     * The sandbox isolation level (wire {@code sandboxType}).
     *
     * @return the value
     */
    abstract Optional<UdfSandboxType> sandboxType();

    /**
     * The sandbox runtime version (wire {@code sandboxVersion}).
     *
     * @return the value
     */
    abstract Optional<UdfSandboxVersion> sandboxVersion();

    /**
     * Why the build failed (wire {@code error}); absent when it did not.
     *
     * @return the value
     */
    abstract Optional<String> error();

    /**
     * When this version was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When this version last changed (wire {@code updatedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> updatedAt();
}
