package dev.dbcloud.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, for reliability tests: it refuses, resets, cuts, stalls,
 * drips, lies about content and echoes secrets back, things MockWebServer cannot do. It listens on 127.0.0.1 only,
 * serves a bounded number of connections, and stops by itself when its lifetime ends, so a forgotten instance cannot
 * outlive the test run.
 *
 * <pre>{@code
 * try (HostileServer server = HostileServer.start(Fault.resetAtStart(), Fault.json(200, "[]"))) {
 *     client = ClientUnderTest.pointedAt(server.url());
 *     ...
 *     assertThat(server.requests()).hasSize(2);
 * }
 * }</pre>
 *
 * <p>Each request is answered by the next {@link Fault} of the script; the last one answers every request after it.
 * Connections are kept alive between requests unless a fault closes them.
 */
public final class HostileServer implements AutoCloseable {
    /** How long a server lives at most unless told otherwise. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(90);
    /** How many connections a server accepts at most unless told otherwise. */
    public static final int DEFAULT_MAX_CONNECTIONS = 2_000;

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final ServerSocket socket;
    private final List<Fault> script;
    private final int maxConnections;
    private final long stopAtNanos;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean stopped;

    private HostileServer(List<Fault> script, int maxConnections, Duration lifetime) throws IOException {
        if (script.isEmpty()) {
            throw new IllegalArgumentException("script must name at least one fault");
        }
        this.script = List.copyOf(script);
        this.maxConnections = maxConnections;
        this.stopAtNanos = System.nanoTime() + lifetime.toNanos();
        this.socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "hostile-server-" + socket.getLocalPort());
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /**
     * Starts a server with the default bounds.
     *
     * @param script the faults answering the requests in order, the last one repeated
     * @return the running server; close it when done
     */
    public static HostileServer start(Fault... script) {
        return start(List.of(script), DEFAULT_MAX_CONNECTIONS, DEFAULT_LIFETIME);
    }

    /**
     * Starts a server.
     *
     * @param script the faults answering the requests in order, the last one repeated
     * @param maxConnections connections accepted at most; later ones are closed at once
     * @param lifetime after this the server stops by itself
     * @return the running server; close it when done
     */
    public static HostileServer start(List<Fault> script, int maxConnections, Duration lifetime) {
        try {
            return new HostileServer(script, maxConnections, lifetime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A loopback URL nothing listens on, so connecting is refused: a port that was free a moment ago.
     *
     * @return e.g. {@code http://127.0.0.1:40123/}
     */
    public static String refusingUrl() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + probe.getLocalPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the root URL, e.g. {@code http://127.0.0.1:40123/} */
    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    /** @return the port the server listens on */
    public int port() {
        return socket.getLocalPort();
    }

    /** @return every request read so far, in arrival order */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /**
     * Waits until the server has read {@code count} requests, so a test can act while a call is in flight.
     *
     * @param count how many requests
     * @param atMost the longest wait
     * @return whether they arrived in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitRequests(int count, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (requests) {
            while (requests.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                requests.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** @return how many connections were accepted so far */
    public int connections() {
        return connections.get();
    }

    /** @return the most connections that were open at the same time */
    public int maxOpenConnections() {
        return maxOpen.get();
    }

    /** @return connections open now */
    public int openConnections() {
        return open.get();
    }

    /** Stops accepting and closes every connection; calls still waiting on the server then fail. */
    @Override
    public void close() {
        stopped = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : sockets) {
            closeQuietly(s);
        }
    }

    private void acceptLoop() {
        try {
            socket.setSoTimeout(200);
        } catch (SocketException e) {
            return;
        }
        while (!stopped && System.nanoTime() < stopAtNanos) {
            Socket s;
            try {
                s = socket.accept();
            } catch (java.net.SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                break;
            }
            if (connections.incrementAndGet() > maxConnections) {
                closeQuietly(s);
                continue;
            }
            sockets.add(s);
            maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            Thread worker = new Thread(() -> serve(s), "hostile-connection-" + connections.get());
            worker.setDaemon(true);
            worker.start();
        }
        close();
    }

    private void serve(Socket s) {
        try {
            s.setSoTimeout((int) Math.max(1, Math.min(30_000, (stopAtNanos - System.nanoTime()) / 1_000_000)));
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (!stopped) {
                Recorded request = read(in);
                if (request == null) {
                    return;
                }
                synchronized (requests) {
                    requests.add(request);
                    requests.notifyAll();
                }
                Fault fault = script.get(Math.min(next.getAndIncrement(), script.size() - 1));
                if (!fault.answer(request, new Connection(s, in, out))) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away or the server stopped: nothing to answer
        } finally {
            sockets.remove(s);
            open.decrementAndGet();
            closeQuietly(s);
        }
    }

    private static Recorded read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int total = requestLine.length();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            total += header.length();
            if (total > MAX_HEADER_BYTES) {
                throw new IOException("headers too large");
            }
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(
                                header.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(header.substring(colon + 1).trim());
            }
        }
        List<String> length = headers.getOrDefault("content-length", List.of("0"));
        int contentLength = Math.min(Integer.parseInt(length.get(0)), MAX_BODY_BYTES);
        byte[] body = in.readNBytes(contentLength);
        String[] parts = requestLine.split(" ", 3);
        return new Recorded(
                parts[0], parts.length > 1 ? parts[1] : "", headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = buffer.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            buffer.write(b);
            if (buffer.size() > MAX_HEADER_BYTES) {
                throw new IOException("line too long");
            }
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /**
     * A request as the server read it.
     *
     * @param method e.g. {@code POST}
     * @param target the raw request target, path and query as sent, e.g. {@code /v1/a%2Fb?x=1}
     * @param headers header values by lower-case name
     * @param body the body as UTF-8 text
     */
    public record Recorded(String method, String target, Map<String, List<String>> headers, String body) {
        /**
         * The first value of a header.
         *
         * @param name the name, any case
         * @return the value, or null
         */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** @return the raw path, without the query */
        public String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }
    }

    /** The accepted connection a {@link Fault} answers on. */
    public static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(Socket socket, InputStream in, OutputStream out) {
            this.socket = socket;
            this.in = in;
            this.out = out;
        }

        /**
         * Writes bytes and flushes them.
         *
         * @param bytes what to send
         * @throws IOException if the client is gone
         */
        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /**
         * Writes text as ISO-8859-1 (status lines and headers) and flushes it.
         *
         * @param text what to send
         * @throws IOException if the client is gone
         */
        public void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        /**
         * Ends the connection with a TCP reset instead of an orderly close.
         *
         * @throws IOException if the socket is already gone
         */
        public void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        /**
         * Waits, reading nothing meaningful, until the client closes the connection, the server stops or {@code
         * atMost} passes.
         *
         * @param atMost the longest wait
         */
        public void waitForClient(Duration atMost) {
            try {
                socket.setSoTimeout((int) Math.max(1, atMost.toMillis()));
                while (in.read() != -1) {
                    // discard whatever the client still sends
                }
            } catch (IOException e) {
                // timed out, or the client or the server closed the connection
            }
        }

        /**
         * Pauses the answer without holding a lock; ends early if the thread is interrupted.
         *
         * @param pause how long
         */
        public void pause(Duration pause) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
