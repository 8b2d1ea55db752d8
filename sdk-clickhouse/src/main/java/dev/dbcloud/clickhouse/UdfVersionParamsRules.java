package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.UdfEndpoints;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The rules of {@link UdfVersionParams}: what {@code UdfVersionParamsAttributes} does not say about it. The
 * generated {@code UdfVersionParamsDef} carries its annotations.
 */
abstract class UdfVersionParamsRules extends UdfVersionParamsAttributes {
    private static final Pattern UUID = Pattern.compile("^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}"
            + "-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$");

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
