package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.Page;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.testing.LogCapture;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/udfs} and {@code …/udfUploads/url}: what each operation sends and what it reads. */
class UdfsTest extends ClientTest {
    static final String UPLOAD_ID = "5d3c2b1a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";
    static final String SIGNED_URL = "https://udf-uploads.s3.amazonaws.com/org/5d3c2b1a.zip"
            + "?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=f00dfacecafe";
    static final String UDF = "{\"functionName\":\"normalize_url\",\"version\":2,\"status\":\"ready\","
            + "\"runtime\":\"python3.11\",\"type\":\"executable_pool\","
            + "\"arguments\":[{\"name\":\"url\",\"type\":\"String\"}],\"returnType\":\"String\",\"returnName\":null,"
            + "\"poolSize\":3,\"commandReadTimeout\":10000,\"commandWriteTimeout\":10000,"
            + "\"maxCommandExecutionTime\":10,\"sendChunkHeader\":false,\"format\":\"TabSeparated\","
            + "\"sandboxType\":\"basic\",\"sandboxVersion\":\"v2\",\"error\":null,"
            + "\"createdAt\":\"2026-03-02T10:00:00Z\",\"updatedAt\":\"2026-03-02T10:05:00Z\"}";
    static final String ATTACHMENT = "{\"functionName\":\"normalize_url\",\"serviceId\":\"" + SERVICE_ID
            + "\",\"status\":\"deployed\",\"version\":2}";

    private static String path(String suffix) {
        return "/v1/organizations/" + ORG + suffix;
    }

    private static MockResponse created(String resultJson) {
        return json(
                201,
                "{\"status\":201,\"requestId\":\"a5957990-dbe5-46fd-b5ce-a7f8f79e50fe\",\"result\":" + resultJson
                        + "}");
    }

    private static MockResponse page(String items, String nextCursor) {
        return Cloud.ok("{\"items\":[" + items + "],\"pagination\":{\"totalRecords\":2,\"currentCursor\":null,"
                + "\"nextCursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + ",\"limit\":1}}");
    }

    private static UdfVersionParams params() {
        return UdfVersionParams.builder()
                .uploadId(UPLOAD_ID)
                .runtime(UdfRuntime.PYTHON_3_11)
                .type(UdfType.EXECUTABLE_POOL)
                .addArguments(UdfArgument.of("url", "String"))
                .returnType("String")
                .poolSize(4)
                .build();
    }

    @Test
    void getReadsEveryField() throws Exception {
        server.enqueue(Cloud.ok(UDF));
        Udf udf = ch.organizations().udfs().get("normalize_url");
        assertThat(cloud.expect("GET", path("/udfs/normalize_url")).getUrl().query())
                .isNull();
        assertThat(udf.functionName()).isEqualTo("normalize_url");
        assertThat(udf.version()).isEqualTo(2);
        assertThat(udf.status()).contains(UdfStatus.READY);
        assertThat(udf.runtime()).contains(UdfRuntime.PYTHON_3_11);
        assertThat(udf.type()).contains(UdfType.EXECUTABLE_POOL);
        assertThat(udf.arguments()).containsExactly(UdfArgument.of("url", "String"));
        assertThat(udf.returnType()).contains("String");
        assertThat(udf.returnName()).isEmpty();
        assertThat(udf.poolSize()).contains(3);
        assertThat(udf.commandReadTimeout()).contains(10000);
        assertThat(udf.commandWriteTimeout()).contains(10000);
        assertThat(udf.maxCommandExecutionTime()).contains(10);
        assertThat(udf.sendChunkHeader()).contains(false);
        assertThat(udf.format()).contains("TabSeparated");
        assertThat(udf.sandboxType()).contains(UdfSandboxType.BASIC);
        assertThat(udf.sandboxVersion()).contains(UdfSandboxVersion.V2);
        assertThat(udf.error()).isEmpty();
        assertThat(udf.createdAt()).contains(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(udf.updatedAt()).contains(Instant.parse("2026-03-02T10:05:00Z"));
    }

    @Test
    void readsTolerantly() {
        server.enqueue(Cloud.ok("{\"functionName\":\"f\",\"version\":1,\"status\":\"queued\",\"runtime\":\"wasm\","
                + "\"sandboxVersion\":\"v9\",\"newField\":{\"a\":1}}"));
        Udf udf = ch.organizations().udfs().get("f");
        assertThat(udf.status().orElseThrow().isKnown()).isFalse();
        assertThat(udf.status().orElseThrow().value()).isEqualTo("queued");
        assertThat(udf.runtime()).contains(UdfRuntime.of("wasm"));
        assertThat(udf.sandboxVersion()).contains(UdfSandboxVersion.of("v9"));
        assertThat(udf.arguments()).isEmpty();
        assertThat(udf.returnType()).isEmpty();
    }

    @Test
    void listAllWalksEveryPageLazily() throws Exception {
        server.enqueue(page(UDF, "c-2"));
        server.enqueue(page("{\"functionName\":\"other\",\"version\":1}", null));
        Iterable<Udf> all = ch.organizations()
                .udfs()
                .listAll(UdfListParams.builder().limit(1).build());
        assertThat(server.getRequestCount()).isZero();
        List<String> names = new java.util.ArrayList<>();
        all.forEach(udf -> names.add(udf.functionName()));
        assertThat(names).containsExactly("normalize_url", "other");
        assertThat(cloud.expect("GET", path("/udfs")).getUrl().queryParameter("cursor"))
                .isNull();
        RecordedRequest two = cloud.expect("GET", path("/udfs"));
        assertThat(two.getUrl().queryParameter("cursor")).isEqualTo("c-2");
        assertThat(two.getUrl().queryParameter("limit")).isEqualTo("1");
    }

    @Test
    void listFollowsTheNextCursor() throws Exception {
        server.enqueue(page(UDF, "c-2"));
        server.enqueue(page("{\"functionName\":\"other\",\"version\":1}", null));
        Page<Udf> first =
                ch.organizations().udfs().list(UdfListParams.builder().limit(1).build());
        List<String> names = new java.util.ArrayList<>();
        first.autoPager().forEach(udf -> names.add(udf.functionName()));
        assertThat(names).containsExactly("normalize_url", "other");
        RecordedRequest one = cloud.expect("GET", path("/udfs"));
        assertThat(one.getUrl().queryParameter("limit")).isEqualTo("1");
        assertThat(one.getUrl().queryParameter("cursor")).isNull();
        RecordedRequest two = cloud.expect("GET", path("/udfs"));
        assertThat(two.getUrl().queryParameter("cursor")).isEqualTo("c-2");
        assertThat(two.getUrl().queryParameter("limit")).isEqualTo("1");
    }

    @Test
    void createSendsTheFunctionNameWithTheBuildAndReadsThe201() throws Exception {
        server.enqueue(created(UDF));
        Udf udf = ch.organizations().udfs().create("normalize_url", params());
        RecordedRequest request = cloud.expect("POST", path("/udfs"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"functionName\":\"normalize_url\",\"uploadId\":\"" + UPLOAD_ID + "\","
                        + "\"runtime\":\"python3.11\",\"type\":\"executable_pool\","
                        + "\"arguments\":[{\"name\":\"url\",\"type\":\"String\"}],\"returnType\":\"String\","
                        + "\"poolSize\":4}"));
        assertThat(udf.version()).isEqualTo(2);
    }

    @Test
    void createVersionSendsTheBuildOnly() throws Exception {
        server.enqueue(created(UDF));
        ch.organizations()
                .udfs()
                .createVersion(
                        "normalize_url",
                        UdfVersionParams.builder()
                                .uploadId(UPLOAD_ID)
                                .runtime(UdfRuntime.NATIVE)
                                .type(UdfType.EXECUTABLE)
                                .returnType("UInt64")
                                .returnName("n")
                                .commandReadTimeout(5000)
                                .commandWriteTimeout(6000)
                                .maxCommandExecutionTime(30)
                                .sendChunkHeader(true)
                                .format("JSONEachRow")
                                .sandboxType(UdfSandboxType.NETENABLE)
                                .sandboxVersion(UdfSandboxVersion.V3)
                                .build());
        assertThat(body(cloud.expect("POST", path("/udfs/normalize_url/versions"))))
                .isEqualTo(tree("{\"uploadId\":\"" + UPLOAD_ID + "\",\"runtime\":\"native\",\"type\":\"executable\","
                        + "\"arguments\":[],\"returnType\":\"UInt64\",\"returnName\":\"n\","
                        + "\"commandReadTimeout\":5000,\"commandWriteTimeout\":6000,\"sendChunkHeader\":true,"
                        + "\"format\":\"JSONEachRow\",\"sandboxType\":\"netenable\",\"sandboxVersion\":\"v3\","
                        + "\"maxCommandExecutionTime\":30}"));
    }

    @Test
    void uploadUrlIsASecret() throws Exception {
        server.enqueue(created("{\"uploadId\":\"" + UPLOAD_ID + "\",\"uploadUrl\":\"" + SIGNED_URL
                + "\",\"expiresAt\":\"2026-03-02T11:00:00Z\"}"));
        UdfUpload upload = ch.organizations().udfs().createUploadUrl();
        RecordedRequest request = cloud.expect("POST", path("/udfUploads/url"));
        assertThat(request.getBody() == null ? "" : request.getBody().utf8()).isEmpty();
        assertThat(upload.uploadId()).isEqualTo(UPLOAD_ID);
        assertThat(upload.uploadUrl()).isEqualTo(SIGNED_URL);
        assertThat(upload.expiresAt()).contains(Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(upload.toString()).doesNotContain("X-Amz-Signature").contains("uploadUrl=****");
    }

    @Test
    void theSignedUrlStaysOutOfTheLogs() {
        server.enqueue(created("{\"uploadId\":\"" + UPLOAD_ID + "\",\"uploadUrl\":\"" + SIGNED_URL + "\"}"));
        List<String> lines;
        List<String> traceLines;
        try (LogCapture logs = LogCapture.http()) {
            ch.organizations().udfs().createUploadUrl();
            lines = logs.messages();
            traceLines = logs.messagesAt(Level.FINER);
        }
        assertThat(traceLines)
                .filteredOn(line -> line.contains("response body"))
                .hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("(body withheld: the answer carries a secret)"));
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("X-Amz-Signature"));
    }

    @Test
    void versionsAndDeletes() throws Exception {
        server.enqueue(page(UDF, null));
        server.enqueue(okEmpty());
        server.enqueue(okEmpty());
        Page<Udf> versions = ch.organizations().udfs().listVersions("normalize_url");
        ch.organizations().udfs().deleteVersion("normalize_url", 1);
        ch.organizations().udfs().delete("normalize_url");
        assertThat(versions.items()).extracting(Udf::version).containsExactly(2);
        assertThat(cloud.expect("GET", path("/udfs/normalize_url/versions"))
                        .getUrl()
                        .query())
                .isNull();
        assertThat(cloud.expect("DELETE", path("/udfs/normalize_url/versions/1"))
                        .getBody())
                .isNull();
        cloud.expect("DELETE", path("/udfs/normalize_url"));
    }

    @Test
    void attachments() throws Exception {
        server.enqueue(Cloud.ok(ATTACHMENT));
        server.enqueue(Cloud.ok(ATTACHMENT));
        server.enqueue(Cloud.ok(ATTACHMENT));
        server.enqueue(page(ATTACHMENT, null));
        server.enqueue(okEmpty());
        Udfs udfs = ch.organizations().udfs();
        UdfAttachment latest = udfs.attach("normalize_url", SERVICE_ID);
        udfs.attach("normalize_url", SERVICE_ID, 2);
        UdfAttachment read = udfs.getAttachment("normalize_url", SERVICE_ID);
        Page<UdfAttachment> all = udfs.listAttachments(
                "normalize_url", UdfListParams.builder().cursor("c-1").build());
        udfs.detach("normalize_url", SERVICE_ID);
        String attachment = path("/udfs/normalize_url/attachments/" + SERVICE_ID);
        assertThat(body(cloud.expect("PUT", attachment))).isEqualTo(tree("{}"));
        assertThat(body(cloud.expect("PUT", attachment))).isEqualTo(tree("{\"version\":2}"));
        cloud.expect("GET", attachment);
        assertThat(cloud.expect("GET", path("/udfs/normalize_url/attachments"))
                        .getUrl()
                        .query())
                .isEqualTo("cursor=c-1");
        cloud.expect("DELETE", attachment);
        assertThat(latest).isEqualTo(read);
        assertThat(read.functionName()).isEqualTo("normalize_url");
        assertThat(read.serviceId()).isEqualTo(SERVICE_ID);
        assertThat(read.status()).contains(UdfAttachmentStatus.DEPLOYED);
        assertThat(read.version()).contains(2);
        assertThat(all.items()).containsExactly(read);
    }

    @Test
    void attachToAnIdleServiceSaysWhy() {
        server.enqueue(json(
                424,
                "{\"error\":\"FAILED_DEPENDENCY: Service is not running\",\"code\":\"SERVICE_IDLE\","
                        + "\"serviceState\":\"idle\",\"canWake\":true,\"status\":424,\"requestId\":\"r-1\"}"));
        assertThatThrownBy(() -> ch.organizations().udfs().attach("normalize_url", SERVICE_ID))
                .isInstanceOfSatisfying(FailedDependencyException.class, e -> {
                    assertThat(e.errorCode()).contains("SERVICE_IDLE");
                    assertThat(e.errorMessage().orElseThrow()).contains("service state: idle");
                });
    }

    @Test
    void badInputIsRefusedBeforeSending() {
        Udfs udfs = ch.organizations().udfs();
        assertThatThrownBy(() -> udfs.get("1bad"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("functionName must start with a letter");
        assertThatThrownBy(() -> udfs.create("bad-name", params()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("functionName");
        assertThatThrownBy(() -> udfs.deleteVersion("f", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must be > 0 but is 0");
        assertThatThrownBy(() -> udfs.attach("f", SERVICE_ID, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version must be > 0");
        assertThatThrownBy(() -> UdfListParams.builder().limit(101).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100 but is 101");
        assertThatThrownBy(() -> UdfVersionParams.builder()
                        .from(params())
                        .uploadId("u-1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uploadId must be a UUID but is u-1");
        assertThatThrownBy(() -> UdfVersionParams.builder()
                        .from(params())
                        .type(UdfType.EXECUTABLE)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("poolSize must be unset when type is executable");
        assertThatThrownBy(() -> UdfVersionParams.builder()
                        .from(params())
                        .addArguments(UdfArgument.of("_x", "String"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arguments[1].name");
        assertThatThrownBy(() -> UdfVersionParams.builder()
                        .from(params())
                        .commandReadTimeout(0)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commandReadTimeout must be at least 1 but is 0");
        assertThat(server.getRequestCount()).isZero();
    }
}
