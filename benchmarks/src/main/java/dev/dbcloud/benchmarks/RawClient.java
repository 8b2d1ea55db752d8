package dev.dbcloud.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.postgres.PostgresInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline: what a careful hand-written client does with a bare {@link OkHttpClient} and one shared {@link
 * ObjectMapper}, decoding each body as a stream straight into the SDK's own model types ({@code result} of the
 * ClickHouse Cloud envelope, {@code clusters} of the Tinybird and Crunchy lists). No retries, no error mapping, no
 * logging: the floor the SDK is compared with.
 */
final class RawClient implements AutoCloseable {
    /** The one mapper every call shares. */
    static final ObjectMapper MAPPER = RawMapper.create();

    private static final ObjectReader SERVICE = MAPPER.readerFor(Service.class);
    private static final ObjectReader SERVICES = MAPPER.readerFor(new TypeReference<List<Service>>() {});
    private static final ObjectReader INSTANCE = MAPPER.readerFor(PostgresInstance.class);
    private static final ObjectReader INSTANCES = MAPPER.readerFor(new TypeReference<List<PostgresInstance>>() {});
    private static final ObjectReader TINYBIRD_CLUSTERS =
            MAPPER.readerFor(new TypeReference<List<dev.dbcloud.clickhouse.tinybird.Cluster>>() {});
    private static final ObjectReader CRUNCHY_CLUSTER = MAPPER.readerFor(dev.dbcloud.crunchy.Cluster.class);
    private static final ObjectReader CRUNCHY_PAGE = MAPPER.readerFor(CrunchyPage.class);

    /** One page of the Crunchy cluster list. */
    record CrunchyPage(
            @JsonProperty("clusters") List<dev.dbcloud.crunchy.Cluster> clusters,
            @JsonProperty("has_more") boolean hasMore,
            @JsonProperty("next_cursor") String nextCursor) {}

    private final OkHttpClient http;
    private final String baseUrl;
    private final String basic =
            okhttp3.Credentials.basic(CannedApis.CLICKHOUSE_KEY_ID, CannedApis.CLICKHOUSE_KEY_SECRET);
    private final String crunchyBearer = "Bearer " + CannedApis.CRUNCHY_API_KEY;
    private final String tinybirdBearer = "Bearer " + CannedApis.TINYBIRD_TOKEN;

    /**
     * Creates the raw client.
     *
     * @param baseUrl the canned server
     * @param http the OkHttp client
     */
    RawClient(String baseUrl, OkHttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    Service clickHouseGet() {
        return enveloped(
                clickHouse("/v1/organizations/" + CannedApis.ORGANIZATION + "/services/" + CannedApis.SERVICE_ID),
                SERVICE);
    }

    List<Service> clickHouseList() {
        return enveloped(clickHouse("/v1/organizations/" + CannedApis.ORGANIZATION + "/services"), SERVICES);
    }

    PostgresInstance postgresGet() {
        return enveloped(
                clickHouse("/v1/organizations/" + CannedApis.ORGANIZATION + "/postgres/" + CannedApis.POSTGRES_ID),
                INSTANCE);
    }

    List<PostgresInstance> postgresList() {
        return enveloped(clickHouse("/v1/organizations/" + CannedApis.ORGANIZATION + "/postgres"), INSTANCES);
    }

    dev.dbcloud.clickhouse.tinybird.Cluster tinybirdGet() {
        for (dev.dbcloud.clickhouse.tinybird.Cluster cluster : tinybirdClusters(CannedApis.TINYBIRD_SMALL_ORG)) {
            if (cluster.clusterId().equals(CannedApis.TINYBIRD_CLUSTER_ID)) {
                return cluster;
            }
        }
        throw new NoSuchElementException(CannedApis.TINYBIRD_CLUSTER_ID);
    }

    List<dev.dbcloud.clickhouse.tinybird.Cluster> tinybirdList() {
        return tinybirdClusters(CannedApis.TINYBIRD_LARGE_ORG);
    }

    dev.dbcloud.crunchy.Cluster crunchyGet() {
        return read(crunchy("/clusters/" + CannedApis.CRUNCHY_ID), CRUNCHY_CLUSTER);
    }

    List<dev.dbcloud.crunchy.Cluster> crunchyList() {
        return crunchyPage(null).clusters();
    }

    /**
     * Walks every Crunchy cluster page by page, holding only the current page.
     *
     * @return the iterator
     */
    Iterator<dev.dbcloud.crunchy.Cluster> crunchyWalk() {
        return new Iterator<>() {
            private CrunchyPage page = crunchyPage(null);
            private Iterator<dev.dbcloud.crunchy.Cluster> items =
                    page.clusters().iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext()) {
                    if (!page.hasMore() || page.nextCursor() == null) {
                        return false;
                    }
                    page = crunchyPage(page.nextCursor());
                    items = page.clusters().iterator();
                }
                return true;
            }

            @Override
            public dev.dbcloud.crunchy.Cluster next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    private CrunchyPage crunchyPage(String cursor) {
        String query = cursor == null ? "?limit=100" : "?cursor=" + cursor + "&limit=100";
        return read(crunchy("/clusters" + query), CRUNCHY_PAGE);
    }

    private List<dev.dbcloud.clickhouse.tinybird.Cluster> tinybirdClusters(String organization) {
        Request request = new Request.Builder()
                .url(baseUrl + "/v0/organizations/" + organization + "/clusters")
                .header("Authorization", tinybirdBearer)
                .header("Accept", "application/json")
                .build();
        return field(request, "clusters", TINYBIRD_CLUSTERS);
    }

    private Request clickHouse(String path) {
        return new Request.Builder()
                .url(baseUrl + path)
                .header("Authorization", basic)
                .header("Accept", "application/json")
                .build();
    }

    private Request crunchy(String path) {
        return new Request.Builder()
                .url(baseUrl + path)
                .header("Authorization", crunchyBearer)
                .header("Accept", "application/json")
                .build();
    }

    private <T> T enveloped(Request request, ObjectReader reader) {
        return field(request, "result", reader);
    }

    /** Streams the body up to the top-level field {@code name} and reads its value. */
    private <T> T field(Request request, String name, ObjectReader reader) {
        try (Response response = http.newCall(request).execute();
                JsonParser parser = MAPPER.createParser(response.body().byteStream())) {
            check(response);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals(name)) {
                    return reader.readValue(parser);
                }
                parser.skipChildren();
            }
            throw new IOException("no " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(Request request, ObjectReader reader) {
        try (Response response = http.newCall(request).execute()) {
            check(response);
            return reader.readValue(response.body().byteStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Response response) throws IOException {
        if (!response.isSuccessful()) {
            throw new IOException(
                    "HTTP " + response.code() + " for " + response.request().url());
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
