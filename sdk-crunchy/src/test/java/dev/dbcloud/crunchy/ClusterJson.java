package dev.dbcloud.crunchy;

import dev.dbcloud.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes models with the SDK's own JSON configuration. */
final class ClusterJson {
    private ClusterJson() {}

    static Cluster read(String json) {
        try {
            return Json.reader(Json.type(Cluster.class)).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(Object value) {
        return Json.write(value);
    }
}
