package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * A team's support tier ({@code support_tier}).
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * Team team = cb.teams().get(teamId);
 * if (team.supportTier().filter(SupportTier.PREMIUM::equals).isPresent()) { … }
 * SupportTier parsed = SupportTier.of("business");                 // the same instance as BUSINESS
 * }</pre>
 */
public final class SupportTier extends OpenEnum {
    private static final Values<SupportTier> VALUES = new Values<>(SupportTier::new);

    /** {@code standard}. */
    public static final SupportTier STANDARD = VALUES.known("standard");

    /** {@code business}. */
    public static final SupportTier BUSINESS = VALUES.known("business");

    /** {@code premium}. */
    public static final SupportTier PREMIUM = VALUES.known("premium");

    private SupportTier(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static SupportTier of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<SupportTier> knownValues() {
        return VALUES.knownValues();
    }
}
