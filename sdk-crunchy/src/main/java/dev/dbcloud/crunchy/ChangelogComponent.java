package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The product area a changelog entry concerns ({@code component}).
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * boolean cli = entry.component().filter(ChangelogComponent.CLI::equals).isPresent();
 * ChangelogComponent parsed = ChangelogComponent.of("postgres");           // the same instance as POSTGRES
 * }</pre>
 */
public final class ChangelogComponent extends OpenEnum {
    private static final Values<ChangelogComponent> VALUES = new Values<>(ChangelogComponent::new);

    /** {@code api}. */
    public static final ChangelogComponent API = VALUES.known("api");

    /** {@code cli}. */
    public static final ChangelogComponent CLI = VALUES.known("cli");

    /** {@code dashboard}. */
    public static final ChangelogComponent DASHBOARD = VALUES.known("dashboard");

    /** {@code docs}. */
    public static final ChangelogComponent DOCS = VALUES.known("docs");

    /** {@code feature}. */
    public static final ChangelogComponent FEATURE = VALUES.known("feature");

    /** {@code postgres}. */
    public static final ChangelogComponent POSTGRES = VALUES.known("postgres");

    private ChangelogComponent(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static ChangelogComponent of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<ChangelogComponent> knownValues() {
        return VALUES.knownValues();
    }
}
