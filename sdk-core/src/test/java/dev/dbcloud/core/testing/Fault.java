package dev.dbcloud.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * One way a {@link HostileServer} answers a request, well-behaved or not. Each factory names a fault that real
 * gateways, proxies and overloaded APIs produce; {@link #name()} names it in reports.
 */
public final class Fault {
    /** How long a silent fault keeps the connection open at most. */
    private static final Duration SILENCE = Duration.ofSeconds(30);

    private final String name;
    private final Answer answer;

    private Fault(String name, Answer answer) {
        this.name = name;
        this.answer = answer;
    }

    /** Writes the answer to one request; returns whether the connection stays usable for the next one. */
    @FunctionalInterface
    interface Answer {
        boolean answer(HostileServer.Recorded request, HostileServer.Connection connection) throws IOException;
    }

    /** @return a short name for reports, e.g. {@code reset-at-start} */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    boolean answer(HostileServer.Recorded request, HostileServer.Connection connection) throws IOException {
        return answer.answer(request, connection);
    }

    /**
     * A well-formed response.
     *
     * @param status the status code
     * @param contentType the {@code Content-Type}, or null for none
     * @param body the body
     * @param headers more headers, name then value, e.g. {@code "Retry-After", "2"}
     * @return the fault
     */
    public static Fault respond(int status, String contentType, String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Fault("status-" + status, (request, c) -> {
            c.write(head(status, contentType, bytes.length, headers));
            c.write(bytes);
            return true;
        });
    }

    /**
     * A JSON response.
     *
     * @param status the status code
     * @param body the JSON text
     * @param headers more headers, name then value
     * @return the fault
     */
    public static Fault json(int status, String body, String... headers) {
        return respond(status, "application/json", body, headers);
    }

    /** @return a fault that reads the request, then resets the connection before answering anything */
    public static Fault resetAtStart() {
        return new Fault("reset-at-start", (request, c) -> {
            c.reset();
            return false;
        });
    }

    /**
     * Sends the status line, the headers and half the body announced by {@code Content-Length}, then closes.
     *
     * @param status the status code
     * @param body the whole body, of which only the first half is sent
     * @return the fault
     */
    public static Fault cutMidBody(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Fault("cut-mid-body", (request, c) -> {
            c.write(head(status, "application/json", bytes.length));
            c.write(java.util.Arrays.copyOf(bytes, bytes.length / 2));
            return false;
        });
    }

    /** @return a fault that reads the request and answers nothing until the client gives up or the server stops */
    public static Fault silent() {
        return new Fault("silent", (request, c) -> {
            c.waitForClient(SILENCE);
            return false;
        });
    }

    /**
     * Answers with the status line and headers at once, then one body byte every {@code perByte}.
     *
     * @param status the status code
     * @param body the body
     * @param perByte the pause before each byte
     * @return the fault
     */
    public static Fault slowDrip(int status, String body, Duration perByte) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Fault("slow-drip", (request, c) -> {
            c.write(head(status, "application/json", bytes.length));
            for (byte b : bytes) {
                c.pause(perByte);
                c.write(new byte[] {b});
            }
            return true;
        });
    }

    /**
     * Sends raw bytes as the whole answer, then closes: malformed status lines, broken framing.
     *
     * @param name the fault's name for reports
     * @param raw the bytes
     * @return the fault
     */
    public static Fault raw(String name, String raw) {
        return new Fault(name, (request, c) -> {
            c.write(raw);
            return false;
        });
    }

    /**
     * Answers with a status line that quotes the request's {@code Authorization} header (or its query string, for
     * query tokens), as a broken proxy might, then closes.
     *
     * @return the fault
     */
    public static Fault malformedStatusEchoingAuthorization() {
        return new Fault("malformed-status-echo", (request, c) -> {
            String auth = request.header("Authorization");
            String echoed = auth != null ? auth : request.target();
            c.write("HTTP/1.1 2O0 " + echoed + "\r\nContent-Length: 0\r\n\r\n");
            return false;
        });
    }

    /**
     * Answers with a JSON body that repeats every request header and the request body, the credential included,
     * and puts the {@code Authorization} value (or the request target) into {@code X-Request-Id} and {@code
     * X-Echo} headers too.
     *
     * @param status the status code
     * @param bodyTemplate the body, in which {@code {{echo}}} is replaced by the echo as a JSON string
     * @return the fault
     */
    public static Fault echo(int status, String bodyTemplate) {
        return new Fault("echo-" + status, (request, c) -> {
            String auth = request.header("Authorization");
            String credential = auth != null ? auth : request.target();
            String echo = "headers: "
                    + request.headers().entrySet().stream()
                            .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                            .collect(Collectors.joining("; "))
                    + " target: " + request.target() + " body: " + request.body();
            byte[] bytes = bodyTemplate.replace("{{echo}}", jsonString(echo)).getBytes(StandardCharsets.UTF_8);
            c.write(head(status, "application/json", bytes.length, "X-Request-Id", credential, "X-Echo", credential));
            c.write(bytes);
            return true;
        });
    }

    /**
     * Answers a redirect.
     *
     * @param status 301, 302, 303, 307 or 308
     * @param location the {@code Location}
     * @return the fault
     */
    public static Fault redirect(int status, String location) {
        return new Fault("redirect-" + status, (request, c) -> {
            c.write(head(status, null, 0, "Location", location));
            return true;
        });
    }

    /**
     * A gzip-encoded 200 whose body inflates to {@code prefix}, whitespace, then {@code suffix}, {@code
     * inflatedBytes} in all: valid JSON, small on the wire, huge in memory.
     *
     * @param prefix the JSON before the whitespace, e.g. {@code {"clusters":[}
     * @param inflatedBytes the decompressed size
     * @param suffix the JSON after it, e.g. <code>]}</code>
     * @return the fault
     */
    public static Fault gzipBomb(String prefix, long inflatedBytes, String suffix) {
        byte[] compressed = gzipOfSpaces(prefix, inflatedBytes, suffix);
        return new Fault("gzip-bomb", (request, c) -> {
            c.write(head(200, "application/json", compressed.length, "Content-Encoding", "gzip"));
            c.write(compressed);
            return true;
        });
    }

    /**
     * A 200 with a body of {@code bytes} bytes, streamed as it is written: {@code prefix}, whitespace, then {@code
     * suffix}, valid JSON.
     *
     * @param prefix the JSON before the whitespace, e.g. {@code {"clusters":[}
     * @param bytes the body size
     * @param suffix the JSON after it, e.g. <code>]}</code>
     * @return the fault
     */
    public static Fault hugeBody(String prefix, long bytes, String suffix) {
        return new Fault("huge-body", (request, c) -> {
            c.write(head(200, "application/json", bytes));
            c.write(prefix);
            byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            long left = bytes - prefix.length() - suffix.length();
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                c.write(n == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n));
                left -= n;
            }
            c.write(suffix);
            return true;
        });
    }

    /**
     * A 200 whose body is {@code prefix} followed by {@code depth} nested arrays and {@code suffix}.
     *
     * @param prefix text before the nesting, e.g. {@code {"result":}
     * @param depth how deep
     * @param suffix text after it
     * @return the fault
     */
    public static Fault deeplyNested(String prefix, int depth, String suffix) {
        return respond(200, "application/json", prefix + "[".repeat(depth) + "]".repeat(depth) + suffix);
    }

    private static String head(int status, String contentType, long length, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers must come in name/value pairs");
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(reason(status))
                .append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(length).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static String reason(int status) {
        Map<Integer, String> reasons = Map.of(
                200,
                "OK",
                302,
                "Found",
                307,
                "Temporary Redirect",
                429,
                "Too Many Requests",
                500,
                "Internal Server Error",
                502,
                "Bad Gateway",
                503,
                "Service Unavailable",
                504,
                "Gateway Timeout");
        return reasons.getOrDefault(status, "Status");
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static byte[] gzipOfSpaces(String prefix, long inflatedBytes, String suffix) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 64 * 1024)) {
            gzip.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            long left = inflatedBytes - prefix.length() - suffix.length();
            while (left > 0) {
                int n = (int) Math.min(spaces.length, left);
                gzip.write(spaces, 0, n);
                left -= n;
            }
            gzip.write(suffix.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
