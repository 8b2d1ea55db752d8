package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to {@link ApiKeys#create(CreateApiKeyParams)} (wire schema {@code ApiKeyPostResponse}): the new key,
 * and, when the API generated the credentials (no {@link ApiKeyHashData} was sent), its key id and secret. The
 * secret is shown only this once; it prints as {@code ****} in {@code toString()}, and the SDK keeps it out of
 * exception messages and logs.
 *
 * <pre>{@code
 * CreatedApiKey created = ch.organizations().apiKeys().create(CreateApiKeyParams.builder().name("ci").build());
 * Credentials credentials = Credentials.basic(created.keyId().orElseThrow(), created.keySecret().orElseThrow());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CreatedApiKey.class)
@JsonDeserialize(as = CreatedApiKey.class)
abstract class CreatedApiKeyDef {
    /**
     * The new key (wire {@code key}).
     *
     * @return the value
     */
    abstract Optional<ApiKey> key();

    /**
     * The generated key id, the Basic auth user name (wire {@code keyId}); absent when hashes were sent.
     *
     * @return the value
     */
    abstract Optional<String> keyId();

    /**
     * The generated key secret, the Basic auth password (wire {@code keySecret}); absent when hashes were sent.
     * Store it now: the API never shows it again.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> keySecret();
}
