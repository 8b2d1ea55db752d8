package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

    @Test
    void bearerKeepsToken() {
        Credentials credentials = Credentials.bearer("tok-123");

        assertThat(credentials).isInstanceOf(Credentials.Bearer.class);
        assertThat(((Credentials.Bearer) credentials).token()).isEqualTo("tok-123");
    }

    @Test
    void basicKeepsIdAndSecret() {
        Credentials credentials = Credentials.basic("key-id", "key-secret");

        assertThat(credentials).isInstanceOf(Credentials.Basic.class);
        Credentials.Basic basic = (Credentials.Basic) credentials;
        assertThat(basic.id()).isEqualTo("key-id");
        assertThat(basic.secret()).isEqualTo("key-secret");
    }

    @Test
    void queryTokenKeepsToken() {
        Credentials credentials = Credentials.queryToken("p.tok");

        assertThat(credentials).isInstanceOf(Credentials.QueryToken.class);
        assertThat(((Credentials.QueryToken) credentials).token()).isEqualTo("p.tok");
    }

    @Test
    void blankBearerTokenIsRefusedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Credentials.bearer(" \t"))
                .withMessageContaining("token");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Credentials.bearer(""))
                .withMessageContaining("token");
    }

    @Test
    void nullBearerTokenIsRefusedNamingTheField() {
        assertThatNullPointerException()
                .isThrownBy(() -> Credentials.bearer(null))
                .withMessageContaining("token");
    }

    @Test
    void blankBasicIdIsRefusedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Credentials.basic(" ", "secret"))
                .withMessageContaining("id");
    }

    @Test
    void blankBasicSecretIsRefusedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Credentials.basic("id", ""))
                .withMessageContaining("secret");
    }

    @Test
    void nullBasicValuesAreRefusedNamingTheField() {
        assertThatNullPointerException()
                .isThrownBy(() -> Credentials.basic(null, "secret"))
                .withMessageContaining("id");
        assertThatNullPointerException()
                .isThrownBy(() -> Credentials.basic("id", null))
                .withMessageContaining("secret");
    }

    @Test
    void blankOrNullQueryTokenIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Credentials.queryToken("  "))
                .withMessageContaining("token");
        assertThatNullPointerException()
                .isThrownBy(() -> Credentials.queryToken(null))
                .withMessageContaining("token");
    }

    @Test
    void bearerToStringHidesToken() {
        assertThat(Credentials.bearer("s3cr3t-token").toString())
                .doesNotContain("s3cr3t-token")
                .contains("****");
    }

    @Test
    void queryTokenToStringHidesToken() {
        assertThat(Credentials.queryToken("s3cr3t-token").toString())
                .doesNotContain("s3cr3t-token")
                .contains("****");
    }

    @Test
    void basicToStringShowsIdButNotSecret() {
        String text = Credentials.basic("key-id-42", "s3cr3t-value").toString();

        assertThat(text).contains("key-id-42").contains("****").doesNotContain("s3cr3t-value");
    }

    @Test
    void equalCredentialsAreEqualWithSameHashCode() {
        assertThat(Credentials.bearer("a"))
                .isEqualTo(Credentials.bearer("a"))
                .hasSameHashCodeAs(Credentials.bearer("a"));
        assertThat(Credentials.basic("id", "s"))
                .isEqualTo(Credentials.basic("id", "s"))
                .hasSameHashCodeAs(Credentials.basic("id", "s"));
        assertThat(Credentials.queryToken("a"))
                .isEqualTo(Credentials.queryToken("a"))
                .hasSameHashCodeAs(Credentials.queryToken("a"));
    }

    @Test
    void differentValuesAreNotEqual() {
        assertThat(Credentials.bearer("a")).isNotEqualTo(Credentials.bearer("b"));
        assertThat(Credentials.basic("id", "s")).isNotEqualTo(Credentials.basic("id", "t"));
        assertThat(Credentials.basic("id", "s")).isNotEqualTo(Credentials.basic("other", "s"));
        assertThat(Credentials.queryToken("a")).isNotEqualTo(Credentials.queryToken("b"));
    }

    @Test
    void differentKindsWithSameTokenAreNotEqual() {
        assertThat(Credentials.bearer("a")).isNotEqualTo(Credentials.queryToken("a"));
        assertThat(Credentials.queryToken("a")).isNotEqualTo(Credentials.bearer("a"));
        assertThat(Credentials.bearer("a")).isNotEqualTo(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3cr3t\n", "s3cr3t x", "s3cr\u00e9t", "s3cr3t\t"})
    void tokensThatHttpCannotCarryAreRefusedWithoutEchoingThem(String token) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Credentials.bearer(token))
                .withMessageContaining("token")
                .withMessageNotContaining(token.strip());
        assertThatIllegalArgumentException().isThrownBy(() -> Credentials.queryToken(token));
        assertThatIllegalArgumentException().isThrownBy(() -> Credentials.basic("id", token));
    }

    @Test
    void aBasicIdWithAColonIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Credentials.basic("key:id", "secret"))
                .withMessageContaining("id")
                .withMessageContaining("':'");
    }
}
