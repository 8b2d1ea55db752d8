package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How an {@code MSK_MULTI_VPC} reverse private endpoint authenticates to the MSK cluster (wire field {@code
 * mskAuthentication}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == MskAuthentication.SASL_SCRAM) { … }
 * MskAuthentication parsed = MskAuthentication.of("SASL_SCRAM");
 * }</pre>
 */
public final class MskAuthentication extends OpenEnum {
    private static final Values<MskAuthentication> VALUES =
            new Values<>(new BiFunction<String, Boolean, MskAuthentication>() {
                @Override
                public MskAuthentication apply(String value, Boolean known) {
                    return new MskAuthentication(value, known);
                }
            });

    /** Wire value {@code SASL_IAM}. */
    public static final MskAuthentication SASL_IAM = VALUES.known("SASL_IAM");

    /** Wire value {@code SASL_SCRAM}. */
    public static final MskAuthentication SASL_SCRAM = VALUES.known("SASL_SCRAM");

    private MskAuthentication(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static MskAuthentication of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<MskAuthentication> knownValues() {
        return VALUES.knownValues();
    }
}
