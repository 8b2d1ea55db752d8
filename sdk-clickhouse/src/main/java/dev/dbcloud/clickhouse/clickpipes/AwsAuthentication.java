package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a Kinesis pipe authenticates to AWS (wire field {@code source.kinesis.authentication}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == AwsAuthentication.IAM_USER) { … }
 * AwsAuthentication parsed = AwsAuthentication.of("IAM_USER");
 * }</pre>
 */
public final class AwsAuthentication extends OpenEnum {
    private static final Values<AwsAuthentication> VALUES =
            new Values<>(new BiFunction<String, Boolean, AwsAuthentication>() {
                @Override
                public AwsAuthentication apply(String value, Boolean known) {
                    return new AwsAuthentication(value, known);
                }
            });

    /** Wire value {@code IAM_ROLE}. */
    public static final AwsAuthentication IAM_ROLE = VALUES.known("IAM_ROLE");

    /** Wire value {@code IAM_USER}. */
    public static final AwsAuthentication IAM_USER = VALUES.known("IAM_USER");

    private AwsAuthentication(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static AwsAuthentication of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<AwsAuthentication> knownValues() {
        return VALUES.knownValues();
    }
}
