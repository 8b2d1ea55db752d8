package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOptionsTest {

    @Test
    void noneChangesNothing() {
        RequestOptions none = RequestOptions.none();

        assertThat(none.timeout()).isEmpty();
        assertThat(none.maxRetries()).isEmpty();
        assertThat(none.headers()).isEmpty();
        assertThat(none.idempotencyKey()).isEmpty();
    }

    @Test
    void emptyBuilderBuildsEmptyOptions() {
        RequestOptions options = RequestOptions.builder().build();

        assertThat(options.timeout()).isEmpty();
        assertThat(options.maxRetries()).isEmpty();
        assertThat(options.headers()).isEmpty();
        assertThat(options.idempotencyKey()).isEmpty();
    }

    @Test
    void keepsEverySetValue() {
        RequestOptions options = RequestOptions.builder()
                .timeout(Duration.ofSeconds(90))
                .maxRetries(0)
                .header("X-Trace", "deploy-42")
                .idempotencyKey("key-1")
                .build();

        assertThat(options.timeout()).contains(Duration.ofSeconds(90));
        assertThat(options.maxRetries()).hasValue(0);
        assertThat(options.headers()).containsExactly(entry("X-Trace", List.of("deploy-42")));
        assertThat(options.idempotencyKey()).contains("key-1");
    }

    @Test
    void zeroOrNegativeTimeoutIsRefused() {
        RequestOptions.Builder builder = RequestOptions.builder();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.timeout(Duration.ZERO))
                .withMessageContaining("timeout");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.timeout(Duration.ofSeconds(-1)))
                .withMessageContaining("timeout");
        assertThatNullPointerException().isThrownBy(() -> builder.timeout(null));
    }

    @Test
    void negativeMaxRetriesIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().maxRetries(-1))
                .withMessageContaining("maxRetries");
    }

    @Test
    void authorizationHeaderIsRefusedInAnyCase() {
        RequestOptions.Builder builder = RequestOptions.builder();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.header("Authorization", "Bearer x"))
                .withMessageContaining("Authorization");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.header("authorization", "Bearer x"));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.header("AUTHORIZATION", "Bearer x"));
        assertThat(builder.build().headers()).isEmpty();
    }

    @Test
    void headerValueWithLineBreakIsRefused() {
        RequestOptions.Builder builder = RequestOptions.builder();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.header("X-Evil", "a\r\nSet-Cookie: x"))
                .withMessageContaining("X-Evil");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.header("X-Evil", "a\nb"));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.header("X-Evil", "a\rb"));
        assertThat(builder.build().headers()).isEmpty();
    }

    @Test
    void blankHeaderNameIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().header(" ", "v"))
                .withMessageContaining("name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().header("", "v"));
    }

    @Test
    void nullHeaderNameOrValueIsRefused() {
        assertThatNullPointerException()
                .isThrownBy(() -> RequestOptions.builder().header(null, "v"));
        assertThatNullPointerException()
                .isThrownBy(() -> RequestOptions.builder().header("X-A", null));
    }

    @Test
    void blankOrNullIdempotencyKeyIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().idempotencyKey("  "))
                .withMessageContaining("idempotencyKey");
        assertThatNullPointerException()
                .isThrownBy(() -> RequestOptions.builder().idempotencyKey(null));
    }

    @Test
    void repeatedHeaderNamesKeepEveryValueInOrder() {
        RequestOptions options = RequestOptions.builder()
                .header("X-B", "1")
                .header("X-A", "first")
                .header("X-B", "2")
                .header("X-A", "second")
                .build();

        assertThat(options.headers().keySet()).containsExactly("X-B", "X-A");
        assertThat(options.headers().get("X-B")).containsExactly("1", "2");
        assertThat(options.headers().get("X-A")).containsExactly("first", "second");
    }

    @Test
    void headersAreUnmodifiable() {
        RequestOptions options = RequestOptions.builder().header("X-A", "1").build();
        Map<String, List<String>> headers = options.headers();

        assertThatThrownBy(() -> headers.put("X-B", List.of("2"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.get("X-A").add("2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builtOptionsDoNotChangeWhenBuilderIsReused() {
        RequestOptions.Builder builder = RequestOptions.builder().header("X-A", "1");
        RequestOptions first = builder.build();

        builder.header("X-A", "2").maxRetries(7);

        assertThat(first.headers().get("X-A")).containsExactly("1");
        assertThat(first.maxRetries()).isEmpty();
    }

    @Test
    void toBuilderRoundTripsEveryValue() {
        RequestOptions original = RequestOptions.builder()
                .timeout(Duration.ofSeconds(5))
                .maxRetries(2)
                .header("X-A", "1")
                .header("X-A", "2")
                .header("X-B", "b")
                .idempotencyKey("key")
                .build();

        RequestOptions copy = original.toBuilder().build();

        assertThat(copy.timeout()).isEqualTo(original.timeout());
        assertThat(copy.maxRetries()).isEqualTo(original.maxRetries());
        assertThat(copy.headers()).isEqualTo(original.headers());
        assertThat(copy.headers().keySet()).containsExactly("X-A", "X-B");
        assertThat(copy.idempotencyKey()).isEqualTo(original.idempotencyKey());
    }

    @Test
    void toBuilderDerivesVariantWithoutChangingOriginal() {
        RequestOptions original =
                RequestOptions.builder().header("X-A", "1").maxRetries(2).build();

        RequestOptions variant =
                original.toBuilder().header("X-A", "2").maxRetries(5).build();

        assertThat(variant.headers().get("X-A")).containsExactly("1", "2");
        assertThat(variant.maxRetries()).hasValue(5);
        assertThat(original.headers().get("X-A")).containsExactly("1");
        assertThat(original.maxRetries()).hasValue(2);
    }

    @Test
    void toStringShowsHeaderNamesButNotValues() {
        RequestOptions options = RequestOptions.builder()
                .header("X-Api-Secret", "very-secret-value")
                .maxRetries(4)
                .build();

        assertThat(options.toString()).contains("X-Api-Secret").contains("4").doesNotContain("very-secret-value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X Trace", "X-Trace\n", "Bad:Name", "Ünicode"})
    void headerNamesMustBeHttpTokens(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().header(name, "v"))
                .withMessageContaining("header name");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Authorization",
                "user-agent",
                "Accept",
                "Accept-Encoding",
                "Range",
                "Connection",
                "Content-Type",
                "Content-Length",
                "Host",
                "Transfer-Encoding",
                "Idempotency-Key",
                "Proxy-Authorization",
                "Cookie",
                "Expect",
                "Upgrade",
                "TE",
                "te"
            })
    void headersTheSdkSetsAreRefused(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().header(name, "v"))
                .withMessageContaining(name)
                .withMessageContaining("set by the SDK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf\u00e9", "a\u0000b", "tab\u007fdel"})
    void headerValuesHttpCannotCarryAreRefusedWithoutEchoingThem(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().header("X-Note", value))
                .withMessageContaining("X-Note")
                .withMessageNotContaining(value);
    }

    @Test
    void tabsAndSpacesAreFineInHeaderValues() {
        assertThat(RequestOptions.builder().header("X-Note", "a b\tc").build().headers())
                .containsEntry("X-Note", List.of("a b\tc"));
    }

    @Test
    void attemptTimeoutIsKeptAndMustBePositive() {
        assertThat(RequestOptions.builder()
                        .attemptTimeout(Duration.ofMinutes(3))
                        .build()
                        .attemptTimeout())
                .contains(Duration.ofMinutes(3));
        assertThat(RequestOptions.none().attemptTimeout()).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().attemptTimeout(Duration.ZERO))
                .withMessageContaining("attemptTimeout");
        assertThat(RequestOptions.builder().attemptTimeout(Duration.ofSeconds(9)).build().toBuilder()
                        .build()
                        .attemptTimeout())
                .contains(Duration.ofSeconds(9));
    }

    @Test
    void combinedOptionsKeepTheResponseCapTheOverridesSet() {
        RequestOptions base = RequestOptions.builder().maxResponseBytes(1024).build();
        RequestOptions capped = RequestOptions.builder().maxResponseBytes(2048).build();
        RequestOptions other = RequestOptions.builder().maxRetries(1).build();

        assertThat(base.with(capped).maxResponseBytes()).hasValue(2048);
        assertThat(base.with(other).maxResponseBytes()).hasValue(1024);
        assertThat(other.with(capped).maxResponseBytes()).hasValue(2048);
    }
}
