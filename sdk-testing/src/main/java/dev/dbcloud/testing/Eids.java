package dev.dbcloud.testing;

import java.security.SecureRandom;

/**
 * Crunchy Bridge IDs: 128 random bits in lower-case RFC 4648 base32 without padding, 26 characters matching
 * {@code ^[a-z2-7]{25}[aeimquy4]$}.
 */
final class Eids {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Eids() {}

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder eid = new StringBuilder(26);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                eid.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        // 128 bits leave 3: they fill the last character, padded with two zero bits.
        eid.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        return eid.toString();
    }
}
