package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where to upload a user-defined function's source archive (wire schema {@code UdfUploadSession}), as {@link
 * Udfs#createUploadUrl()} answers. PUT the {@code application/zip} archive to {@link #uploadUrl()}, then pass
 * {@link #uploadId()} to {@code UdfVersionParams.builder().uploadId(…)}. An upload id serves one create
 * attempt only: to retry, ask for a new URL and upload again.
 *
 * <p>The URL is pre-signed, so it grants access by itself: it prints as {@code ****} in {@code toString()}, and the
 * SDK keeps the answer out of its logs.
 *
 * <pre>{@code
 * UdfUpload upload = ch.organizations().udfs().createUploadUrl();
 * // PUT the zip to upload.uploadUrl() with any HTTP client, before upload.expiresAt()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UdfUpload.class)
@JsonDeserialize(as = UdfUpload.class)
abstract class UdfUploadDef {
    /**
     * The id that names the uploaded archive (wire {@code uploadId}).
     *
     * @return the value
     */
    abstract String uploadId();

    /**
     * The pre-signed URL to PUT the archive to (wire {@code uploadUrl}); a secret until it expires.
     *
     * @return the value
     */
    @Value.Redacted
    abstract String uploadUrl();

    /**
     * When the URL stops working (wire {@code expiresAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> expiresAt();
}
