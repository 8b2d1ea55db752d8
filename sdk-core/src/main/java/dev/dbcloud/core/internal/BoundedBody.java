package dev.dbcloud.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response body read as a stream, with a cap on how many (decompressed) bytes may be read and a copy of the
 * first few kilobytes kept for error excerpts and TRACE lines. It remembers why reading stopped — the cap, or an
 * I/O failure of the connection — because Jackson may wrap either in its own exceptions.
 *
 * <p>The copy of the start is needed only when something goes wrong, yet must be taken on every call. So that a
 * successful call allocates nothing for it, the buffer is borrowed from the current thread (each thread keeps one,
 * made on its first call) and handed back by {@link #release()} once the call no longer needs the start; the text
 * of the start is made only when asked for. A body not released (its call failed) leaves its buffer to the
 * garbage collector, and the thread makes a new one.
 */
final class BoundedBody extends InputStream {
    /** How much of the body's start is kept for excerpts. */
    static final int PREFIX_BYTES = 8 * 1024;

    /** The buffer each thread lends to the body it reads; empty while lent. */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

    private final InputStream in;
    private final long limit;
    private byte[] prefix;
    private int prefixLength;
    private long count;
    private boolean tooLarge;
    private IOException ioFailure;

    BoundedBody(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
        byte[] spare = SPARE.get();
        if (spare == null) {
            spare = new byte[PREFIX_BYTES];
        } else {
            SPARE.set(null);
        }
        this.prefix = spare;
    }

    /**
     * Hands the start's buffer back to the thread for its next call; {@link #prefix()} is empty afterwards. Call it
     * on the thread that read the body, once nothing will ask for the start any more.
     */
    void release() {
        byte[] lent = prefix;
        if (lent != null) {
            prefix = null;
            prefixLength = 0;
            SPARE.set(lent);
        }
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
        if (tooLarge) {
            throw new TooLargeException(limit);
        }
        int b;
        try {
            b = in.read();
        } catch (IOException e) {
            ioFailure = e;
            throw e;
        }
        if (b >= 0) {
            if (prefix != null && prefixLength < PREFIX_BYTES) {
                prefix[prefixLength++] = (byte) b;
            }
            if (++count > limit) {
                tooLarge = true;
                throw new TooLargeException(limit);
            }
        }
        return b;
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
            if (prefix != null && prefixLength < PREFIX_BYTES) {
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

    /**
     * Reads what is left, so the connection can be reused; still bounded by the cap. Usually the parser has read
     * the body to its end, and this allocates nothing.
     */
    void drain() throws IOException {
        if (read() < 0) {
            return;
        }
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
        return prefix == null ? "" : new String(prefix, 0, prefixLength, StandardCharsets.UTF_8);
    }

    /** @return whether the body was longer than its kept prefix */
    boolean prefixTruncated() {
        return count > prefixLength;
    }
}
