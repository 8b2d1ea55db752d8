package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.DEFAULT_BACKUP_PERIOD_HOURS;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.DEFAULT_BACKUP_RETENTION_HOURS;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The backups of the simulated ClickHouse Cloud services (newest first; a new service's first one shortly after it
 * runs) and their backup configuration, where JSON {@code null} resets a field to its default.
 */
final class ClickHouseBackups {
    private static final Pattern START_TIME_OF_DAY = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");

    private final ClickHouseCloudSimulator cloud;
    private final SimClock clock;

    ClickHouseBackups(ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
        this.clock = cloud.clock();
    }

    void register(Router router) {
        String service = ClickHouseCloudSimulator.ORGANIZATION + "/services/{service_id}";
        router.on("GET", service + "/backups", cloud.locked(this::listBackups))
                .on("GET", service + "/backups/{backup_id}", cloud.locked(this::getBackup))
                .on("GET", service + "/backupConfiguration", cloud.locked(this::backupConfiguration))
                .on("PATCH", service + "/backupConfiguration", cloud.locked(this::updateBackupConfiguration));
    }

    private SimResponse listBackups(SimRequest request) {
        CloudService s = cloud.service(request);
        ArrayNode list = Jsons.array();
        for (int i = s.backups.size() - 1; i >= 0; i--) {
            list.add(backupJson(s, s.backups.get(i)));
        }
        return ok(request, list);
    }

    private SimResponse getBackup(SimRequest request) {
        CloudService s = cloud.service(request);
        String id = request.param("backup_id");
        return s.backups.stream()
                .filter(b -> b.id.equals(id))
                .findFirst()
                .map(b -> ok(request, backupJson(s, b)))
                .orElseThrow(() -> new SimError(404, "Backup " + id + " not found for service " + s.id));
    }

    private SimResponse backupConfiguration(SimRequest request) {
        return ok(request, backupConfigurationJson(cloud.service(request)));
    }

    private SimResponse updateBackupConfiguration(SimRequest request) {
        CloudService s = cloud.service(request);
        JsonNode body = request.json();
        Integer period = s.backupPeriodInHours;
        Integer retention = s.backupRetentionPeriodInHours;
        String startTime = s.backupStartTime;
        if (body.has("backupPeriodInHours")) {
            // the spec gives the period no bounds, only its type
            if (!body.get("backupPeriodInHours").isNull()
                    && !body.get("backupPeriodInHours").isIntegralNumber()) {
                throw new SimError(400, "backupPeriodInHours: Expected number");
            }
            period = body.get("backupPeriodInHours").isNull()
                    ? null
                    : body.get("backupPeriodInHours").asInt();
        }
        if (body.has("backupRetentionPeriodInHours")) {
            retention = body.get("backupRetentionPeriodInHours").isNull()
                    ? null
                    : Jsons.bounded(body, "backupRetentionPeriodInHours", 24, 1080)
                            .intValue();
            // the spec: "a whole number of days between 24 (1 day) and 1080 (45 days)"
            if (retention != null && retention % 24 != 0) {
                throw new SimError(400, "backupRetentionPeriodInHours: must be a multiple of 24");
            }
        }
        if (body.has("backupStartTime")) {
            startTime = Jsons.optionalText(body, "backupStartTime");
            // the spec: "The time in HH:MM format" (UTC)
            if (startTime != null && !START_TIME_OF_DAY.matcher(startTime).matches()) {
                throw new SimError(400, "backupStartTime: must be HH:MM (UTC)");
            }
        }
        if (startTime != null && period != null && period != DEFAULT_BACKUP_PERIOD_HOURS) {
            period = null; // the spec: with a start time "the backup period resets to every 24 hours"
        }
        s.backupPeriodInHours = period;
        s.backupRetentionPeriodInHours = retention;
        s.backupStartTime = startTime;
        return ok(request, backupConfigurationJson(s));
    }

    // ---- JSON -----------------------------------------------------------------------------------------------------

    private ObjectNode backupJson(CloudService s, CloudService.Backup b) {
        boolean finished = b.finishedAt != null;
        ObjectNode node = Jsons.object()
                .put("id", b.id)
                .put("status", finished ? "done" : "in_progress")
                .put("serviceId", s.id);
        Jsons.putTime(node, "startedAt", b.startedAt);
        if (finished) {
            Jsons.putTime(node, "finishedAt", b.finishedAt);
        }
        long seconds = finished
                ? Math.max(1, Duration.between(b.startedAt, b.finishedAt).toSeconds())
                : Math.max(0, Duration.between(b.startedAt, clock.now()).toSeconds());
        node.put("sizeInBytes", finished ? b.sizeInBytes : b.sizeInBytes / 2)
                .put("durationInSeconds", seconds)
                .put("type", b.type);
        return node;
    }

    private static ObjectNode backupConfigurationJson(CloudService s) {
        ObjectNode node = Jsons.object()
                .put(
                        "backupPeriodInHours",
                        s.backupPeriodInHours == null ? DEFAULT_BACKUP_PERIOD_HOURS : s.backupPeriodInHours)
                .put(
                        "backupRetentionPeriodInHours",
                        s.backupRetentionPeriodInHours == null
                                ? DEFAULT_BACKUP_RETENTION_HOURS
                                : s.backupRetentionPeriodInHours);
        if (s.backupStartTime == null) {
            node.putNull("backupStartTime");
        } else {
            node.put("backupStartTime", s.backupStartTime);
        }
        return node;
    }
}
