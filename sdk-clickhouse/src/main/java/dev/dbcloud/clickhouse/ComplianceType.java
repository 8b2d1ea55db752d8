package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The compliance regime a service is created under (wire field {@code complianceType}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ComplianceType.HIPAA) { … }
 * ComplianceType parsed = ComplianceType.of("hipaa");
 * }</pre>
 */
public final class ComplianceType extends OpenEnum {
    private static final Values<ComplianceType> VALUES =
            new Values<>(new BiFunction<String, Boolean, ComplianceType>() {
                @Override
                public ComplianceType apply(String value, Boolean known) {
                    return new ComplianceType(value, known);
                }
            });

    /** Wire value {@code hipaa}. */
    public static final ComplianceType HIPAA = VALUES.known("hipaa");

    /** Wire value {@code pci}. */
    public static final ComplianceType PCI = VALUES.known("pci");

    private ComplianceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ComplianceType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ComplianceType> knownValues() {
        return VALUES.knownValues();
    }
}
