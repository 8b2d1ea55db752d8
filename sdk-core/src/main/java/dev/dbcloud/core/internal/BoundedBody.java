package dev.dbcloud.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response body read as a stream, with a cap on how many (decompressed) bytes may be read and a copy of the
 * first few kilobytes kept for error excerpts and TRACE lines. It remembers why reading stopped — the cap, or an
 * I/O failure of the connection — because Jackson may wrap either in its own exceptions.
 */
final class BoundedBody extends InputStream {
    /** How much of the body's start is kept for excerpts. */
    static final int PREFIX_BYTES = 8 * 1024;

    private final InputStream in;
    private final long limit;
    private final byte[] prefix = new byte[PREFIX_BYTES];
    private int prefixLength;
    private long count;
    private boolean tooLarge;
    private IOException ioFailure;

    BoundedBody(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Thrown, and remembered, when the body grows past the cap. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("the body exceeds " + limit + " bytes");
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (tooLarge) {
            throw new TooLargeException(limit);
        }
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            ioFailure = e;
            throw e;
        }
        if (n > 0) {
            if (prefixLength < PREFIX_BYTES) {
                int kept = Math.min(n, PREFIX_BYTES - prefixLength);
                System.arraycopy(buffer, offset, prefix, prefixLength, kept);
                prefixLength += kept;
            }
            count += n;
            if (count > limit) {
                tooLarge = true;
                throw new TooLargeException(limit);
            }
        }
        return n;
    }

    /** Reads what is left, so the connection can be reused; still bounded by the cap. */
    void drain() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer, 0, buffer.length) >= 0) {
            // discarded
        }
    }

    /** Reads the whole body as text. */
    String readText(java.nio.charset.Charset charset) throws IOException {
        return new String(readAllBytes(), charset);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** @return whether reading stopped at the cap */
    boolean tooLarge() {
        return tooLarge;
    }

    /** @return the I/O failure that stopped reading, or null */
    IOException ioFailure() {
        return ioFailure;
    }

    /** @return the start of the body as text; a character cut at the end shows as a replacement character */
    String prefix() {
        return new String(prefix, 0, prefixLength, StandardCharsets.UTF_8);
    }

    /** @return whether the body was longer than its kept prefix */
    boolean prefixTruncated() {
        return count > prefixLength;
    }
}
