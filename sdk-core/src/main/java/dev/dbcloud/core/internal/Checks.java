package dev.dbcloud.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * The argument checks shared by core and the API modules, so every refusal reads the same: a {@link
 * NullPointerException} saying {@code name == null}, or an {@link IllegalArgumentException} naming the argument
 * and the rule it broke.
 */
public final class Checks {
    private Checks() {}

    /** The longest duration any setting accepts, so deadline arithmetic can never overflow. */
    public static final Duration MAX_DURATION = Duration.ofDays(365);

    /**
     * Checks that a duration is positive and at most {@link #MAX_DURATION}.
     *
     * @param value the duration
     * @param name the argument's name, for the message
     * @return the duration
     */
    public static Duration positive(Duration value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " == null");
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(name + " must be at most 365 days but was " + value);
        }
        return value;
    }

    /**
     * Checks that a size in bytes is positive.
     *
     * @param value the size
     * @param name the argument's name, for the message
     * @return the size
     */
    public static long positiveBytes(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
        return value;
    }

    /**
     * Checks that a string has a non-whitespace character.
     *
     * @param value the string
     * @param name the argument's name, for the message
     * @return the string
     */
    public static String notBlank(String value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " == null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Checks that a string can be one path segment: not blank, and neither {@code .} nor {@code ..}. The engine
     * applies it to every path argument; modules call it to check an id before doing any other work for it.
     *
     * @param value the segment, e.g. an id
     * @param name the argument's name, for the message
     * @return the segment
     */
    public static String pathSegment(String value, String name) {
        notBlank(value, name);
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(name + " must not be '" + value + "'");
        }
        return value;
    }

    /**
     * Whether a host name is a loopback host ({@code localhost}, {@code 127.x.x.x}, {@code ::1}), where plain
     * {@code http://} is accepted without {@code allowInsecureHttp}.
     *
     * @param host the host as {@link okhttp3.HttpUrl#host()} gives it
     * @return true for a loopback host
     */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.contains(":")) {
            // An IPv6 literal (HttpUrl strips the brackets); parsing a literal never consults DNS.
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return h.startsWith("127.") && isDottedQuad(h);
    }

    /** Whether a host is an IPv4 address in dotted-quad form: four numbers 0–255 without leading zeros. */
    private static boolean isDottedQuad(String host) {
        int parts = 0;
        int start = 0;
        while (start <= host.length()) {
            int dot = host.indexOf('.', start);
            int end = dot < 0 ? host.length() : dot;
            int length = end - start;
            if (length < 1 || length > 3 || (length > 1 && host.charAt(start) == '0')) {
                return false;
            }
            int value = 0;
            for (int i = start; i < end; i++) {
                char c = host.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                value = value * 10 + (c - '0');
            }
            if (value > 255 || ++parts > 4) {
                return false;
            }
            start = end + 1;
        }
        return parts == 4;
    }
}
