package dev.dbcloud.reliability;

import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import dev.dbcloud.crunchy.CrunchyBridgeClient;

/** The example of docs/reliability.md, compiled here so it stays valid. */
class HostileServerExample {
    /** A GET whose first attempt is reset is retried: the server reads two requests. */
    static int requestsAfterAReset() {
        try (HostileServer server = HostileServer.start(
                        Fault.resetAtStart(), Fault.json(200, "{\"clusters\":[],\"has_more\":false}"));
                CrunchyBridgeClient client = CrunchyBridgeClient.builder()
                        .baseUrl(server.url())
                        .credentials(Credentials.bearer("cbkey_example"))
                        .build()) {
            client.clusters().list();
            return server.requests().size();
        }
    }
}
