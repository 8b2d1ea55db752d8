package dev.dbcloud.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The canned answers of the four APIs, built from one realistic item per API (the field sets of the vendors'
 * examples and reference, in {@code canned/*.json}) repeated with distinct ids, and the server routes that serve
 * them. Every answer carries the headers the real API sends (rate-limit headers, a request id, security headers),
 * since copying headers is part of what a client does per call.
 */
final class CannedApis {
    /** The ClickHouse Cloud organization of the services and Managed Postgres instances. */
    static final String ORGANIZATION = "b8a6ef13-7c5a-4a1e-9d40-5f1e2c3b4a59";
    /** The Tinybird organization with {@link #TINYBIRD_SMALL_COUNT} clusters, read by {@code get}. */
    static final String TINYBIRD_SMALL_ORG = "0f4f1d0e-6a7b-4c2d-8e9f-000000000003";
    /** The Tinybird organization with {@link #LIST_SIZE} clusters. */
    static final String TINYBIRD_LARGE_ORG = "0f4f1d0e-6a7b-4c2d-8e9f-000000000100";
    /** How many clusters the small Tinybird organization has. */
    static final int TINYBIRD_SMALL_COUNT = 3;
    /** Items in every list answer and every Crunchy page. */
    static final int LIST_SIZE = 100;
    /** Crunchy pages served for the auto-pager walk: {@code PAGES * LIST_SIZE} clusters. */
    static final int PAGES = 1000;

    static final String CLICKHOUSE_KEY_ID = "bench-key-id";
    static final String CLICKHOUSE_KEY_SECRET = "bench-key-secret-0123456789";
    static final String CRUNCHY_API_KEY = "cbkey_benchmark0123456789abcdefghijklmnop";
    static final String TINYBIRD_TOKEN = "p.eyJ1IjogImJlbmNoIn0.benchmarktoken0123456789";

    private static final String ENVELOPE_HEAD =
            "{\"status\":200,\"requestId\":\"a5957990-dbe5-46fd-b5ce-a7f8f79e50fe\",\"result\":";
    private static final List<String> CLICKHOUSE_HEADERS = List.of(
            "Cache-Control: no-store",
            "Strict-Transport-Security: max-age=31536000; includeSubDomains",
            "Vary: Origin, Accept-Encoding",
            "X-Content-Type-Options: nosniff",
            "X-RateLimit-Limit: 10",
            "X-RateLimit-Remaining: 9",
            "X-RateLimit-Reset: 9.87");
    private static final List<String> TINYBIRD_HEADERS = List.of(
            "Cache-Control: no-cache",
            "Vary: Accept-Encoding",
            "X-Request-Id: 4b8f3c2e-9a1d-4e7f-b6c5-2d3e4f5a6b7c",
            "X-RateLimit-Limit: 20",
            "X-RateLimit-Remaining: 19",
            "X-RateLimit-Reset: 1",
            "Strict-Transport-Security: max-age=31536000");
    private static final List<String> CRUNCHY_HEADERS = List.of(
            "Cache-Control: max-age=0, private, must-revalidate",
            "Etag: W/\"5f2b8c1d9e0a7b6c\"",
            "Referrer-Policy: strict-origin-when-cross-origin",
            "X-Content-Type-Options: nosniff",
            "X-Frame-Options: SAMEORIGIN",
            "X-Request-Id: 7d9c4e21-3b5a-4f8e-a1c2-6e0f9d8b7a65",
            "Strict-Transport-Security: max-age=63072000; includeSubDomains");
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private CannedApis() {}

    /** @return the id of the ClickHouse Cloud service number {@code n} */
    static String serviceId(int n) {
        return String.format("7f4e9b5c-2d1a-4c3e-9f8b-%012d", n);
    }

    /** @return the id of the Tinybird cluster number {@code n} */
    static String tinybirdClusterId(int n) {
        return String.format("3c2d1e0f-5a6b-4c7d-8e9f-%012d", n);
    }

    /** @return the id of the Managed Postgres instance number {@code n} */
    static String postgresId(int n) {
        return String.format("f71df78e-ddad-82d0-8dfa-%012d", n);
    }

    /** @return the EID of the Crunchy Bridge cluster number {@code n} */
    static String crunchyId(int n) {
        return "rvf73a77ozfsvc" + base32(n, 11) + "a";
    }

    /** @return the cursor naming Crunchy page {@code page}, shaped like an EID */
    static String cursor(int page) {
        return "p" + base32(page, 24) + "a";
    }

    /** The service {@code get} reads. */
    static final String SERVICE_ID = serviceId(1);
    /** The Tinybird cluster {@code get} picks: the middle one of the small organization. */
    static final String TINYBIRD_CLUSTER_ID = tinybirdClusterId(2);
    /** The Managed Postgres instance {@code get} reads. */
    static final String POSTGRES_ID = postgresId(1);
    /** The Crunchy cluster {@code get} reads. */
    static final String CRUNCHY_ID = crunchyId(1);

    /**
     * Starts a server answering every route the benchmarks use.
     *
     * @return the running server
     */
    static CannedServer start() {
        try {
            return CannedServer.start(routes(), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CannedServer.Route> routes() {
        String service = template("clickhouse-service.json");
        String tinybird = template("tinybird-cluster.json");
        String postgres = template("postgres-instance.json");
        String crunchy = template("crunchy-cluster.json");
        List<CannedServer.Route> routes = new ArrayList<>();
        String services = "/v1/organizations/" + ORGANIZATION + "/services";
        routes.add(CannedServer.exact(
                services + "/" + SERVICE_ID,
                CannedServer.response(200, ENVELOPE_HEAD + item(service, SERVICE_ID, 1) + "}", CLICKHOUSE_HEADERS)));
        routes.add(CannedServer.exact(
                services,
                CannedServer.response(
                        200,
                        ENVELOPE_HEAD + array(service, LIST_SIZE, CannedApis::serviceId) + "}",
                        CLICKHOUSE_HEADERS)));
        String instances = "/v1/organizations/" + ORGANIZATION + "/postgres";
        routes.add(CannedServer.exact(
                instances + "/" + POSTGRES_ID,
                CannedServer.response(200, ENVELOPE_HEAD + item(postgres, POSTGRES_ID, 1) + "}", CLICKHOUSE_HEADERS)));
        routes.add(CannedServer.exact(
                instances,
                CannedServer.response(
                        200,
                        ENVELOPE_HEAD + array(postgres, LIST_SIZE, CannedApis::postgresId) + "}",
                        CLICKHOUSE_HEADERS)));
        routes.add(CannedServer.exact(
                "/v0/organizations/" + TINYBIRD_SMALL_ORG + "/clusters",
                CannedServer.response(
                        200,
                        "{\"clusters\":" + array(tinybird, TINYBIRD_SMALL_COUNT, CannedApis::tinybirdClusterId) + "}",
                        TINYBIRD_HEADERS)));
        routes.add(CannedServer.exact(
                "/v0/organizations/" + TINYBIRD_LARGE_ORG + "/clusters",
                CannedServer.response(
                        200,
                        "{\"clusters\":" + array(tinybird, LIST_SIZE, CannedApis::tinybirdClusterId) + "}",
                        TINYBIRD_HEADERS)));
        routes.add(CannedServer.exact(
                "/clusters/" + CRUNCHY_ID, CannedServer.response(200, item(crunchy, CRUNCHY_ID, 1), CRUNCHY_HEADERS)));
        routes.add(new CrunchyPages(crunchy));
        return routes;
    }

    /**
     * The Crunchy cluster list: {@code /clusters?limit=100} is page 0, {@code cursor=<cursor(n)>} is page n; every
     * page holds the same {@link #LIST_SIZE} clusters and names the next page's cursor, the last one none.
     */
    private static final class CrunchyPages implements CannedServer.Route {
        private static final byte[] LIST = "/clusters?".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] FIRST = "/clusters?limit=100".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CURSOR = "cursor=".getBytes(StandardCharsets.US_ASCII);
        private static final int CURSOR_LENGTH = 26;

        private final byte[] head;
        private final byte[] last;
        private final byte[][] cursors = new byte[PAGES][];

        CrunchyPages(String template) {
            String items = "{\"clusters\":" + array(template, LIST_SIZE, CannedApis::crunchyId);
            String more = items + ",\"has_more\":true,\"next_cursor\":\"";
            int length = more.getBytes(StandardCharsets.UTF_8).length + CURSOR_LENGTH + 2;
            byte[] headBytes = CannedServer.head(200, length, CRUNCHY_HEADERS);
            byte[] body = more.getBytes(StandardCharsets.UTF_8);
            head = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, head, 0, headBytes.length);
            System.arraycopy(body, 0, head, headBytes.length, body.length);
            last = CannedServer.response(200, items + ",\"has_more\":false,\"next_cursor\":null}", CRUNCHY_HEADERS);
            for (int page = 0; page < PAGES; page++) {
                cursors[page] = (cursor(page) + "\"}").getBytes(StandardCharsets.US_ASCII);
            }
        }

        @Override
        public boolean answer(byte[] target, int start, int end, CannedServer.Scratch connection, OutputStream out)
                throws IOException {
            int page;
            if (CannedServer.matches(target, start, end, FIRST)) {
                page = 0;
            } else if (CannedServer.startsWith(target, start, end, LIST)) {
                page = page(target, start, end);
                if (page < 0) {
                    return false;
                }
            } else {
                return false;
            }
            if (page == PAGES - 1) {
                out.write(last);
            } else {
                out.write(head);
                out.write(cursors[page + 1]);
            }
            return true;
        }

        /** The page a {@code cursor=} parameter names, or -1. */
        private static int page(byte[] target, int start, int end) {
            for (int i = start; i + CURSOR.length + CURSOR_LENGTH <= end; i++) {
                if (CannedServer.startsWith(target, i, end, CURSOR)) {
                    int first = i + CURSOR.length + 1;
                    int page = 0;
                    for (int j = first; j < first + 24; j++) {
                        int c = target[j];
                        int digit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
                        if (digit < 0) {
                            return -1;
                        }
                        page = page * 32 + digit;
                    }
                    return page < PAGES ? page : -1;
                }
            }
            return -1;
        }
    }

    private static String item(String template, String id, int n) {
        return template.replace("@ID@", id).replace("@N@", Integer.toString(n));
    }

    private static String array(String template, int count, java.util.function.IntFunction<String> id) {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int n = 1; n <= count; n++) {
            items.add(item(template, id.apply(n), n));
        }
        return items.toString();
    }

    /** A template from {@code canned/}, compacted as the APIs send JSON. */
    private static String template(String name) {
        try (InputStream in = CannedApis.class.getResourceAsStream("/canned/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource canned/" + name);
            }
            return new ObjectMapper().readTree(in).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base32(long value, int digits) {
        char[] out = new char[digits];
        long rest = value;
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = BASE32.charAt((int) (rest & 31));
            rest >>>= 5;
        }
        return new String(out);
    }
}
