package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UdfEndpoints;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How to build a version of a user-defined function from an uploaded archive (wire schemas {@code
 * UdfCreateRequest} and {@code UdfVersionCreateRequest}), for {@link Udfs#create(String, UdfVersionParams)} and
 * {@link Udfs#createVersion(String, UdfVersionParams)}. The upload id, runtime, arguments, return type and type are
 * required; what is left unset takes the API's default (not the previous version's value).
 *
 * <pre>{@code
 * UdfVersionParams params = UdfVersionParams.builder()
 *     .uploadId(upload.uploadId())
 *     .runtime(UdfRuntime.PYTHON_3_11)
 *     .type(UdfType.EXECUTABLE_POOL)
 *     .addArguments(UdfArgument.of("url", "String"))
 *     .returnType("String")
 *     .poolSize(4)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} when a value breaks the API's rules: an upload id
 * that is not a UUID, a name that does not start with a letter followed by letters, digits or {@code _}, a
 * timeout, pool size or execution time below 1, or a pool size for an {@code executable} function.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UdfVersionParams.class)
@JsonDeserialize(as = UdfVersionParams.class)
abstract class UdfVersionParamsDef {
    private static final Pattern UUID = Pattern.compile("^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}"
            + "-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$");

    /**
     * The uploaded archive, {@link UdfUpload#uploadId()} (wire {@code uploadId}); required.
     *
     * @return the value
     */
    abstract String uploadId();

    /**
     * The runtime that executes the function (wire {@code runtime}); required.
     *
     * @return the value
     */
    abstract UdfRuntime runtime();

    /**
     * How ClickHouse runs the command (wire {@code type}); required.
     *
     * @return the value
     */
    abstract UdfType type();

    /**
     * The arguments the function takes (wire {@code arguments}); always sent, empty or not.
     *
     * @return the value
     */
    abstract List<UdfArgument> arguments();

    /**
     * The ClickHouse data type of the returned value (wire {@code returnType}); required.
     *
     * @return the value
     */
    abstract String returnType();

    /**
     * The name of the returned value (wire {@code returnName}); unnamed when unset.
     *
     * @return the value
     */
    abstract Optional<String> returnName();

    /**
     * The command's stdout read timeout in milliseconds (wire {@code commandReadTimeout}); the API's default is
     * 10000.
     *
     * @return the value
     */
    abstract Optional<Integer> commandReadTimeout();

    /**
     * The command's stdin write timeout in milliseconds (wire {@code commandWriteTimeout}); the API's default is
     * 10000.
     *
     * @return the value
     */
    abstract Optional<Integer> commandWriteTimeout();

    /**
     * Whether ClickHouse sends a row-count chunk header (wire {@code sendChunkHeader}); the API's default is false.
     *
     * @return the value
     */
    abstract Optional<Boolean> sendChunkHeader();

    /**
     * The input and output format of the command (wire {@code format}); the API's default is {@code TabSeparated}.
     *
     * @return the value
     */
    abstract Optional<String> format();

    /**
     * The sandbox isolation level (wire {@code sandboxType}); the API's default is {@code basic}.
     *
     * @return the value
     */
    abstract Optional<UdfSandboxType> sandboxType();

    /**
     * The sandbox runtime version (wire {@code sandboxVersion}); the API's default is {@code v2}.
     *
     * @return the value
     */
    abstract Optional<UdfSandboxVersion> sandboxVersion();

    /**
     * The command pool size (wire {@code poolSize}); only for {@link UdfType#EXECUTABLE_POOL}, whose default is 3.
     *
     * @return the value
     */
    abstract Optional<Integer> poolSize();

    /**
     * The longest a command may run, in seconds (wire {@code maxCommandExecutionTime}); the API's default is 10.
     *
     * @return the value
     */
    abstract Optional<Integer> maxCommandExecutionTime();

    @Value.Check
    void check() {
        if (!UUID.matcher(uploadId()).matches()) {
            throw new IllegalArgumentException("uploadId must be a UUID but is " + uploadId());
        }
        for (int i = 0; i < arguments().size(); i++) {
            UdfEndpoints.name(arguments().get(i).name(), "arguments[" + i + "].name");
        }
        returnName().ifPresent(name -> UdfEndpoints.name(name, "returnName"));
        ServiceRules.atLeast("commandReadTimeout", commandReadTimeout(), 1);
        ServiceRules.atLeast("commandWriteTimeout", commandWriteTimeout(), 1);
        ServiceRules.atLeast("poolSize", poolSize(), 1);
        ServiceRules.atLeast("maxCommandExecutionTime", maxCommandExecutionTime(), 1);
        if (poolSize().isPresent() && type().equals(UdfType.EXECUTABLE)) {
            throw new IllegalArgumentException("poolSize must be unset when type is executable");
        }
    }
}
