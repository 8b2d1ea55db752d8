package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The caller's role on a team ({@code role}).
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * boolean admin = cb.teams().get(teamId).role().filter(TeamRole.ADMIN::equals).isPresent();
 * TeamRole parsed = TeamRole.of("manager");                        // the same instance as MANAGER
 * }</pre>
 */
public final class TeamRole extends OpenEnum {
    private static final Values<TeamRole> VALUES = new Values<>(TeamRole::new);

    /** {@code admin}. */
    public static final TeamRole ADMIN = VALUES.known("admin");

    /** {@code manager}. */
    public static final TeamRole MANAGER = VALUES.known("manager");

    /** {@code member}. */
    public static final TeamRole MEMBER = VALUES.known("member");

    private TeamRole(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static TeamRole of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<TeamRole> knownValues() {
        return VALUES.knownValues();
    }
}
