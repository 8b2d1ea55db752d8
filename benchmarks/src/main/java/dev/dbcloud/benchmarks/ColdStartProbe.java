package dev.dbcloud.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.core.Credentials;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What {@link ColdStart} launches in a fresh JVM: builds a client, makes its first call ({@code services().get(id)}
 * against the canned server) and prints the service's name. {@code sdk} uses the SDK, {@code raw} a bare OkHttp
 * client and a Jackson mapper built on the spot, as a program of that kind would.
 *
 * <pre>{@code java -cp benchmarks.jar dev.dbcloud.benchmarks.ColdStartProbe sdk|raw http://127.0.0.1:<port>}</pre>
 */
public final class ColdStartProbe {
    private ColdStartProbe() {}

    /**
     * Runs one probe.
     *
     * @param args {@code sdk} or {@code raw}, then the base URL
     * @throws IOException if the call fails
     */
    public static void main(String[] args) throws IOException {
        String baseUrl = args[1];
        Service service = args[0].equals("sdk") ? sdk(baseUrl) : raw(baseUrl);
        System.out.println(service.name());
        System.exit(0);
    }

    private static Service sdk(String baseUrl) {
        try (ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
                .baseUrl(baseUrl)
                .credentials(Credentials.basic(CannedApis.CLICKHOUSE_KEY_ID, CannedApis.CLICKHOUSE_KEY_SECRET))
                .organizationId(CannedApis.ORGANIZATION)
                .build()) {
            return ch.services().get(CannedApis.SERVICE_ID);
        }
    }

    private static Service raw(String baseUrl) throws IOException {
        ObjectMapper mapper = RawMapper.create();
        OkHttpClient http = new OkHttpClient();
        Request request = new Request.Builder()
                .url(baseUrl + "/v1/organizations/" + CannedApis.ORGANIZATION + "/services/" + CannedApis.SERVICE_ID)
                .header(
                        "Authorization",
                        okhttp3.Credentials.basic(CannedApis.CLICKHOUSE_KEY_ID, CannedApis.CLICKHOUSE_KEY_SECRET))
                .build();
        try (Response response = http.newCall(request).execute();
                JsonParser parser = mapper.createParser(response.body().byteStream())) {
            if (!response.isSuccessful() || parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("HTTP " + response.code());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("result")) {
                    return mapper.readValue(parser, Service.class);
                }
                parser.skipChildren();
            }
            throw new IOException("no result");
        }
    }
}
