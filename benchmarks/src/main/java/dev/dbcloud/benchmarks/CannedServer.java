package dev.dbcloud.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 keep-alive server on {@code 127.0.0.1} that answers GET requests with canned bytes, so the
 * client under test, not the server, is what a benchmark measures. One thread per connection (from a reused pool),
 * a request head read into a buffer owned by the connection, the answer looked up by comparing the request target
 * byte by byte, and the prepared response written in one call: after a connection's first request the server
 * allocates nothing per request, so it adds nothing to the client's allocation figures.
 *
 * <p>It only listens on the loopback address, accepts at most {@link #MAX_CONNECTIONS} connections at once and
 * stops when closed.
 */
public final class CannedServer implements AutoCloseable {
    /** The most connections served at once; more are closed at once. */
    static final int MAX_CONNECTIONS = 512;

    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final byte[] NOT_FOUND = response(404, "{\"error\":\"NOT_FOUND\"}", List.of());
    private static final byte[] BAD_REQUEST = response(400, "{\"error\":\"BAD_REQUEST\"}", List.of());

    /** Answers one request target, or returns null to pass. */
    interface Route {
        /**
         * Writes the answer to a request target, if this route serves it.
         *
         * @param target the buffer holding the request target
         * @param start its first byte
         * @param end one past its last byte
         * @param connection the connection's scratch space, for routes that build their answer
         * @param out where to write the response
         * @return whether this route answered
         */
        boolean answer(byte[] target, int start, int end, Scratch connection, OutputStream out) throws IOException;
    }

    /** Space a connection owns, reused by every request it carries. */
    static final class Scratch {
        /** A buffer for routes that assemble their answer. */
        byte[] buffer = new byte[0];
    }

    private final ServerSocket socket;
    private final List<Route> routes;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final int scratchBytes;
    private volatile boolean closed;

    private CannedServer(List<Route> routes, int scratchBytes) throws IOException {
        this.routes = List.copyOf(routes);
        this.scratchBytes = scratchBytes;
        this.socket = new ServerSocket();
        this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "canned-server");
            thread.setDaemon(true);
            return thread;
        });
        threads.execute(this::acceptLoop);
    }

    /**
     * Starts a server on a free loopback port.
     *
     * @param routes the routes, tried in order
     * @param scratchBytes the size of the buffer each connection gets for assembled answers
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    static CannedServer start(List<Route> routes, int scratchBytes) throws IOException {
        return new CannedServer(routes, scratchBytes);
    }

    /** @return the base URL, {@code http://127.0.0.1:<port>} */
    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** @return the port */
    int port() {
        return socket.getLocalPort();
    }

    /**
     * A route answering one exact request target with fixed bytes.
     *
     * @param target the path and query, e.g. {@code /clusters?limit=100}
     * @param response the whole response, head and body
     * @return the route
     */
    static Route exact(String target, byte[] response) {
        byte[] wanted = target.getBytes(StandardCharsets.US_ASCII);
        return (buffer, start, end, connection, out) -> {
            if (!matches(buffer, start, end, wanted)) {
                return false;
            }
            out.write(response);
            return true;
        };
    }

    /** Whether the bytes in {@code [start, end)} equal {@code wanted}. */
    static boolean matches(byte[] buffer, int start, int end, byte[] wanted) {
        if (end - start != wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (buffer[start + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes from {@code start} begin with {@code prefix}. */
    static boolean startsWith(byte[] buffer, int start, int end, byte[] prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A complete HTTP/1.1 response with a JSON body.
     *
     * @param status the status code
     * @param body the body
     * @param headers extra header lines, e.g. {@code X-Request-Id: …}
     * @return the response bytes
     */
    static byte[] response(int status, String body, List<String> headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = head(status, bytes.length, headers);
        byte[] all = new byte[head.length + bytes.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        return all;
    }

    /**
     * The head of an HTTP/1.1 response with a JSON body of a given length.
     *
     * @param status the status code
     * @param contentLength the body's length in bytes
     * @param headers extra header lines
     * @return the head's bytes, ending with the empty line
     */
    static byte[] head(int status, int contentLength, List<String> headers) {
        StringBuilder head = new StringBuilder()
                .append("HTTP/1.1 ")
                .append(status)
                .append(status == 200 ? " OK" : status == 404 ? " Not Found" : " Bad Request")
                .append("\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ")
                .append(contentLength)
                .append("\r\nDate: Mon, 07 Dec 2026 03:00:00 GMT\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (connections.incrementAndGet() > MAX_CONNECTIONS) {
                connections.decrementAndGet();
                closeQuietly(client);
                continue;
            }
            open.add(client);
            threads.execute(() -> serve(client));
        }
    }

    private void serve(Socket client) {
        Scratch scratch = new Scratch();
        scratch.buffer = new byte[scratchBytes];
        byte[] head = new byte[MAX_HEAD_BYTES];
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            int filled = 0;
            while (!closed) {
                int headEnd = headEnd(head, filled);
                while (headEnd < 0) {
                    if (filled == head.length) {
                        out.write(BAD_REQUEST);
                        return;
                    }
                    int read = in.read(head, filled, head.length - filled);
                    if (read < 0) {
                        return; // the client closed the connection
                    }
                    filled += read;
                    headEnd = headEnd(head, filled);
                }
                if (!answer(head, headEnd, scratch, out)) {
                    return;
                }
                // Requests are GETs without a body: whatever follows the head is the next request.
                System.arraycopy(head, headEnd, head, 0, filled - headEnd);
                filled -= headEnd;
            }
        } catch (SocketException e) {
            // reset or closed by the client, or by close()
        } catch (IOException e) {
            // the connection broke: nothing to answer
        } finally {
            open.remove(client);
            connections.decrementAndGet();
        }
    }

    /** Answers one request whose head ends before {@code headEnd}; false when the connection must close. */
    private boolean answer(byte[] head, int headEnd, Scratch scratch, OutputStream out) throws IOException {
        if (headEnd < 4 || head[0] != 'G' || head[1] != 'E' || head[2] != 'T' || head[3] != ' ') {
            out.write(BAD_REQUEST);
            return false;
        }
        int start = 4;
        int end = start;
        while (end < headEnd && head[end] != ' ') {
            end++;
        }
        for (Route route : routes) {
            if (route.answer(head, start, end, scratch, out)) {
                return true;
            }
        }
        out.write(NOT_FOUND);
        return true;
    }

    /** The index just past the head's empty line, or -1 when the head is not complete yet. */
    private static int headEnd(byte[] buffer, int filled) {
        for (int i = 3; i < filled; i++) {
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(socket);
        for (Socket client : new ArrayList<>(open)) {
            closeQuietly(client);
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
