package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import okhttp3.MediaType;

/**
 * A request body sent as raw bytes rather than JSON, such as a file uploaded to a presigned URL. The bytes are
 * never logged.
 *
 * @param bytes the bytes; the caller must not change them while the call runs
 * @param mediaType their media type
 */
public record RawBody(byte[] bytes, MediaType mediaType) {
    /**
     * Checks the parts.
     *
     * @param bytes the bytes
     * @param mediaType their media type
     */
    public RawBody {
        requireNonNull(bytes, "bytes == null");
        requireNonNull(mediaType, "mediaType == null");
    }

    /**
     * Creates a body from a media type given as text.
     *
     * @param bytes the bytes
     * @param mediaType e.g. {@code application/octet-stream}
     * @throws IllegalArgumentException if {@code mediaType} is not a media type
     */
    public RawBody(byte[] bytes, String mediaType) {
        this(bytes, parse(mediaType));
    }

    private static MediaType parse(String mediaType) {
        requireNonNull(mediaType, "mediaType == null");
        MediaType parsed = MediaType.parse(mediaType);
        if (parsed == null) {
            throw new IllegalArgumentException(
                    "mediaType \"" + mediaType + "\" is not a media type such as " + "application/octet-stream");
        }
        return parsed;
    }

    @Override
    public String toString() {
        return "RawBody{" + bytes.length + " bytes, " + mediaType + '}';
    }
}
