package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {

    private static JsonNode tree(String json) throws Exception {
        return Json.readTree(json);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password",
                "token",
                "secret",
                "connectionString",
                "private_key",
                "newPasswordHash",
                "uri",
                "keySecret",
                "api-key",
                "access_token",
                "PASSWORD",
                "dsn",
                "credentials"
            })
    void quotedSecretValuesAreMasked(String field) throws Exception {
        String json = "{\"id\":\"svc-1\",\"" + field + "\":\"s3cr3t-VALUE\",\"state\":\"running\"}";

        String masked = SecretMasker.maskJson(json);

        assertThat(masked).doesNotContain("s3cr3t-VALUE");
        assertThat(tree(masked)).isEqualTo(tree("{\"id\":\"svc-1\",\"" + field + "\":\"****\",\"state\":\"running\"}"));
    }

    @Test
    void unquotedSecretValuesAreMasked() throws Exception {
        String json = "{\"token\": 123456789, \"password\":true, \"count\": 42}";

        String masked = SecretMasker.maskJson(json);

        assertThat(masked).doesNotContain("123456789");
        assertThat(tree(masked)).isEqualTo(tree("{\"token\":\"****\",\"password\":\"****\",\"count\":42}"));
    }

    @Test
    void nullSecretStaysNull() throws Exception {
        String json = "{\"password\": null, \"token\":null}";

        assertThat(tree(SecretMasker.maskJson(json))).isEqualTo(tree(json));
    }

    @Test
    void nonSecretFieldsAreUntouched() {
        String json = "{\"id\":\"k-1\",\"name\":\"analytics\",\"keyId\":\"AKIA\",\"state\":\"running\","
                + "\"replicas\":3,\"tags\":[\"a\",\"b\"],\"nested\":{\"region\":\"eu\"}}";

        assertThat(SecretMasker.maskJson(json)).isEqualTo(json);
    }

    @Test
    void secretsInNestedObjectsAreMasked() throws Exception {
        String json =
                "{\"service\":{\"name\":\"a\",\"role\":{\"password\":\"pw1\"}},\"uri\":\"postgres://u:pw2@h/db\"}";

        String masked = SecretMasker.maskJson(json);

        assertThat(masked).doesNotContain("pw1").doesNotContain("pw2");
        assertThat(tree(masked))
                .isEqualTo(tree("{\"service\":{\"name\":\"a\",\"role\":{\"password\":\"****\"}},\"uri\":\"****\"}"));
    }

    @Test
    void escapedQuotesInsideSecretAreMaskedWhole() throws Exception {
        String json = "{\"password\":\"a\\\"b,c\\\\\",\"name\":\"n\"}";

        String masked = SecretMasker.maskJson(json);

        assertThat(masked).doesNotContain("b,c");
        assertThat(tree(masked)).isEqualTo(tree("{\"password\":\"****\",\"name\":\"n\"}"));
    }

    @Test
    void secretLookingTextInsideANonSecretValueIsLeftAlone() {
        String json = "{\"message\":\"field \\\"password\\\": must be 8 chars\",\"id\":\"x\"}";

        assertThat(SecretMasker.maskJson(json)).isEqualTo(json);
    }

    @Test
    void whitespaceAroundColonIsHandled() {
        String json = "{\n  \"password\" :\n  \"pw\"\n}";

        assertThat(SecretMasker.maskJson(json)).doesNotContain("pw\"").contains("\"****\"");
    }

    @Test
    void truncatedJsonIsStillMasked() {
        assertThat(SecretMasker.maskJson("{\"password\":\"abc")).isEqualTo("{\"password\":\"****\"");
        assertThat(SecretMasker.maskJson("{\"name\":\"n\",\"token\":\"tok_12")).doesNotContain("tok_12");
        assertThat(SecretMasker.maskJson("{\"token\":98765")).doesNotContain("98765");
    }

    @Test
    void truncatedExcerptMarkerIsMaskedWithTheSecret() {
        String excerpt = SecretMasker.excerpt("{\"password\":\"abcdefgh\"}", 16);

        assertThat(SecretMasker.maskJson(excerpt)).doesNotContain("abc");
    }

    @Test
    void secretTruncatedAfterABackslashIsStillMasked() {
        assertThat(SecretMasker.maskJson("{\"password\":\"abc\\")).doesNotContain("abc");
    }

    @Test
    void secretArraysAreMasked() {
        String masked = SecretMasker.maskJson("{\"tokens\":[\"tok-one\",\"tok-two\"],\"id\":\"x\"}");

        assertThat(masked).doesNotContain("tok-one").doesNotContain("tok-two");
    }

    @Test
    void secretObjectsAreMaskedWholeAndScanningResumesAfterThem() throws Exception {
        String json = "{\"credentials\":{\"user\":\"u\",\"password\":\"p\"},\"items\":[{\"token\":\"t\"}],\"n\":1}";

        JsonNode masked = Json.readTree(SecretMasker.maskJson(json));

        assertThat(masked.get("credentials").asText()).isEqualTo("****");
        assertThat(masked.at("/items/0/token").asText()).isEqualTo("****");
        assertThat(masked.get("n").asInt()).isEqualTo(1);
    }

    @Test
    void longStringValuesDoNotOverflowTheStack() {
        String longValue = "x".repeat(100_000);
        String json = "{\"description\":\"" + longValue + "\",\"password\":\"pw-secret\"}";

        String masked = SecretMasker.maskJson(json);

        assertThat(masked).contains(longValue).doesNotContain("pw-secret");
    }

    @Test
    void textWithoutJsonFieldsIsReturnedAsIs() {
        String html = "<html><body>502 Bad Gateway</body></html>";

        assertThat(SecretMasker.maskJson(html)).isSameAs(html);
        assertThat(SecretMasker.maskJson("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password",
                "newPassword",
                "db_password",
                "token",
                "accessToken",
                "secret",
                "clientSecret",
                "connectionString",
                "connection_string",
                "private_key",
                "privateKey",
                "newPasswordHash",
                "passwordHash",
                "uri",
                "redirect_uri",
                "apiKey",
                "x-api-key",
                "Authorization",
                "dsn"
            })
    void secretNamesAreRecognised(String name) {
        assertThat(SecretMasker.isSecretName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "name", "state", "keyId", "region", "uriScheme", "dsnName", "createdAt", "hasMore"})
    void ordinaryNamesAreNotSecret(String name) {
        assertThat(SecretMasker.isSecretName(name)).isFalse();
    }

    @Test
    void tokenQueryParameterIsMasked() {
        assertThat(SecretMasker.maskQuery("/v0/pipes/p.json?token=p.eyJ1Ijo&limit=5"))
                .isEqualTo("/v0/pipes/p.json?token=****&limit=5");
        assertThat(SecretMasker.maskQuery("https://api.example.test/v0/x?limit=5&token=abc#frag"))
                .isEqualTo("https://api.example.test/v0/x?limit=5&token=****#frag");
    }

    @Test
    void otherSecretQueryParametersAreMaskedInAnyCase() {
        String masked =
                SecretMasker.maskQuery("/x?Token=t1&password=p1&secret=s1&key=k1&signature=g1&access_token=a1&q=ok");

        assertThat(masked)
                .isEqualTo(
                        "/x?Token=****&password=****&secret=****&key=****&signature=****" + "&access_token=****&q=ok");
    }

    @Test
    void anyQueryParameterWithASecretLookingNameIsMaskedAndOthersAreNot() {
        String url = "/x?mytoken=t&api_key=k&apiKey=k2&page=2&limit=5&filter=tag:env=prod";

        assertThat(SecretMasker.maskQuery(url))
                .isEqualTo("/x?mytoken=****&api_key=****&apiKey=****&page=2&limit=5&filter=tag:env=prod");
    }

    @Test
    void queryMaskingWorksInsideFreeText() {
        String message = "failed to connect to api.example.test/v0/sql?q=select&token=abc123 (timeout)";

        assertThat(SecretMasker.maskQuery(message))
                .isEqualTo("failed to connect to api.example.test/v0/sql?q=select&token=**** (timeout)");
    }

    @Test
    void emptyTokenValueStaysMasked() {
        assertThat(SecretMasker.maskQuery("/x?token=&a=1")).isEqualTo("/x?token=****&a=1");
    }

    @Test
    void excerptKeepsShortText() {
        assertThat(SecretMasker.excerpt("abc", 3)).isEqualTo("abc");
        assertThat(SecretMasker.excerpt("", 3)).isEmpty();
    }

    @Test
    void excerptCutsLongTextAndMarksTheCut() {
        assertThat(SecretMasker.excerpt("abcdef", 3)).isEqualTo("abc…");
        assertThat(SecretMasker.excerpt("x".repeat(1000), 500)).hasSize(501).endsWith("…");
    }

    @Test
    void cloudStorageKeysAndDottedNamesAreMasked() throws Exception {
        String json = "{\"s3_key\":\"AKIA1\",\"azure_key\":\"sas1\",\"sasl.password\":\"kp\","
                + "\"s3_key_id\":\"visible-id\",\"sortingKey\":\"id\"}";

        JsonNode masked = tree(SecretMasker.maskJson(json));

        assertThat(masked.get("s3_key").asText()).isEqualTo("****");
        assertThat(masked.get("azure_key").asText()).isEqualTo("****");
        assertThat(masked.get("sasl.password").asText()).isEqualTo("****");
        assertThat(masked.get("sortingKey").asText()).isEqualTo("id");
    }

    @Test
    void urlsLoseTheirQueryStringAndThePasswordOfTheirUserInfo() {
        assertThat(SecretMasker.maskUrls(
                        "https://b.s3.amazonaws.com/k.csv?X-Amz-Algorithm=AWS4&X-Amz-Signature=abc123#part"))
                .isEqualTo("https://b.s3.amazonaws.com/k.csv?****#part");
        assertThat(SecretMasker.maskUrls("https://acct.blob.core.windows.net/c/f.json?sv=2022&sig=Zm9v%3D"))
                .isEqualTo("https://acct.blob.core.windows.net/c/f.json?****");
        assertThat(SecretMasker.maskUrls("s3://user:pa55word@bucket/path/")).isEqualTo("s3://user:****@bucket/path/");
        assertThat(SecretMasker.maskUrls("https://token123@host/x")).isEqualTo("https://****@host/x");
        assertThat(SecretMasker.maskUrls("https://host/x?")).isEqualTo("https://host/x?");
        assertThat(SecretMasker.maskUrls("https://host/plain/path")).isEqualTo("https://host/plain/path");
        assertThat(SecretMasker.maskUrls("no url here: at all")).isEqualTo("no url here: at all");
        assertThat(SecretMasker.maskUrls("nothing")).isEqualTo("nothing");
    }

    @Test
    void urlsInsideJsonAndFreeTextAreMaskedWhereverTheyAre() {
        String json = "{\"url\":\"https:\\/\\/b.s3.amazonaws.com\\/k?X-Amz-Signature=s1\",\"n\":1,"
                + "\"other\":\"see https://u:p@h/ and https://h/y?sig=s2 now\"}";
        assertThat(SecretMasker.maskBody(json))
                .isEqualTo("{\"url\":\"https:\\/\\/b.s3.amazonaws.com\\/k?****\",\"n\":1,"
                        + "\"other\":\"see https://u:****@h/ and https://h/y?**** now\"}");
    }

    @Test
    void modelDescriptionsMaskUrlsAndLeaveOutAbsentFields() {
        assertThat(ModelToString.of("Registry")
                        .addUrl("url", java.util.Optional.of("https://u:p@h/s?sig=x"))
                        .add("missing", java.util.Optional.empty())
                        .add("port", java.util.Optional.of(443))
                        .toString())
                .isEqualTo("Registry{url=https://u:****@h/s?****, port=443}");
    }
}
