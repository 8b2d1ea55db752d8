package dev.dbcloud.crunchy.internal;

import java.util.regex.Pattern;

/**
 * Checks Crunchy Bridge IDs ("EIDs"): 26 lower-case base32 characters ({@code a-z}, {@code 2-7}) encoding 128
 * bits, so the last character is one of {@code aeimquy4}. Checking before a path is built turns a typo into an
 * {@link IllegalArgumentException} naming the argument, with nothing sent.
 */
public final class Eids {
    /** The rule, as shown in messages. */
    public static final String RULE = "26 characters a-z and 2-7, the last one of a, e, i, m, q, u, y, 4";

    private static final Pattern EID = Pattern.compile("[a-z2-7]{25}[aeimquy4]");

    private Eids() {}

    /**
     * Whether a string is shaped like an EID.
     *
     * @param value the string
     * @return true for an EID
     */
    public static boolean isEid(String value) {
        return value != null && EID.matcher(value).matches();
    }

    /**
     * Checks an EID argument.
     *
     * @param value the value
     * @param name the argument's name, e.g. {@code clusterId}
     * @return the value
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is not an EID
     */
    public static String check(String value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " == null");
        }
        if (!isEid(value)) {
            throw new IllegalArgumentException(
                    name + " \"" + printable(value) + "\" is not a Crunchy Bridge ID (" + RULE + ")");
        }
        return value;
    }

    private static String printable(String value) {
        String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }
}
