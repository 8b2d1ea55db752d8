package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a ClickPipe create or update may carry, checked as the API checks it: exactly one source variant, its
 * required fields and enumerations, the secrets its authentication needs, the destination and field mappings. Every
 * refusal comes from the spec's {@code required} lists and field descriptions, the vendor's documentation or
 * {@code reference/clickhouse-cloud.md}, never more: the destination database is optional, and an Azure Blob
 * Storage source names {@code azureContainerName} and {@code path} instead of {@code url}.
 */
final class ClickPipeSources {
    static final List<String> SOURCES =
            List.of("kafka", "objectStorage", "kinesis", "pubsub", "postgres", "mysql", "bigquery", "mongodb");
    static final Set<String> SECRETS =
            Set.of("credentials", "accessKey", "serviceAccountKey", "connectionString", "password");
    // what a PATCH may change per source kind: the properties of the spec's ClickPipePatch…Source schemas
    static final Map<String, Set<String>> PATCHABLE = Map.of(
            "kafka", Set.of("authentication", "iamRole", "caCertificate", "reversePrivateEndpointIds", "credentials"),
            "kinesis", Set.of("authentication", "iamRole", "accessKey"),
            "objectStorage",
                    Set.of(
                            "skipInitialLoad",
                            "startAfter",
                            "authentication",
                            "iamRole",
                            "connectionString",
                            "path",
                            "azureContainerName",
                            "accessKey",
                            "serviceAccountKey"),
            "pubsub", Set.of("authentication", "ackDeadline", "serviceAccountKey"),
            "postgres",
                    Set.of(
                            "credentials",
                            "host",
                            "port",
                            "database",
                            "tlsHost",
                            "caCertificate",
                            "disableTls",
                            "skipCertVerification",
                            "settings",
                            "tableMappingsToAdd",
                            "tableMappingsToRemove"),
            "mysql",
                    Set.of(
                            "credentials",
                            "host",
                            "port",
                            "authentication",
                            "iamRole",
                            "tlsHost",
                            "caCertificate",
                            "disableTls",
                            "skipCertVerification",
                            "serverId",
                            "settings",
                            "tableMappingsToAdd",
                            "tableMappingsToRemove"),
            "mongodb",
                    Set.of(
                            "credentials",
                            "uri",
                            "readPreference",
                            "tlsHost",
                            "disableTls",
                            "skipCertVerification",
                            "caCertificate",
                            "settings",
                            "tableMappingsToAdd",
                            "tableMappingsToRemove"));
    private static final Map<String, List<String>> KAFKA_AUTH = Map.of(
            "kafka", List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "MUTUAL_TLS"),
            "msk", List.of("SCRAM-SHA-512", "IAM_ROLE", "IAM_USER", "MUTUAL_TLS"),
            "gcmk", List.of("PLAIN", "MUTUAL_TLS"),
            "confluent", List.of("PLAIN", "MUTUAL_TLS"),
            "warpstream", List.of("PLAIN"),
            "azureeventhub", List.of("PLAIN"),
            "redpanda", List.of("SCRAM-SHA-256", "SCRAM-SHA-512", "MUTUAL_TLS"),
            "dokafka", List.of("SCRAM-SHA-256", "MUTUAL_TLS"));
    private static final List<String> OBJECT_STORAGE_TYPES =
            List.of("s3", "gcs", "dospaces", "azureblobstorage", "cloudflarer2", "ovhobjectstorage");
    private static final List<String> OBJECT_STORAGE_FORMATS = List.of(
            "JSONEachRow",
            "JSONAsObject",
            "CSV",
            "CSVWithNames",
            "TabSeparated",
            "TabSeparatedWithNames",
            "Parquet",
            "Avro");

    private ClickPipeSources() {}

    static String pipeName(JsonNode name) {
        if (name == null
                || !name.isTextual()
                || name.asText().isBlank()
                || name.asText().length() > 255) {
            throw new SimError(400, "name: must be 1 to 255 characters");
        }
        return name.asText();
    }

    /** The one source variant named: an empty variant fails on its first required field before any count. */
    static String sourceKind(JsonNode source) {
        if (source == null || !source.isObject()) {
            throw new SimError(400, "source: Required");
        }
        List<String> named = new ArrayList<>();
        for (String kind : SOURCES) {
            JsonNode variant = source.get(kind);
            if (variant == null || variant.isNull()) {
                continue;
            }
            if (!variant.isObject()) {
                throw new SimError(400, "source." + kind + ": must be an object");
            }
            if (variant.isEmpty()) {
                throw new SimError(400, kind + "." + firstRequired(kind) + ": ''");
            }
            named.add(kind);
        }
        if (named.size() != 1) {
            throw new SimError(
                    400,
                    "source: exactly one of " + String.join(", ", SOURCES) + " must be set, got " + named.size()
                            + (named.isEmpty() ? "" : " (" + String.join(", ", named) + ")"));
        }
        return named.get(0);
    }

    private static String firstRequired(String kind) {
        return switch (kind) {
            case "kafka" -> "brokers";
            case "objectStorage" -> "url";
            case "kinesis" -> "streamName";
            case "pubsub" -> "projectId";
            case "mongodb" -> "uri";
            case "bigquery" -> "snapshotStagingPath";
            default -> "host";
        };
    }

    /**
     * Checks that a Kafka, object storage or Kinesis source carries the secrets its authentication needs, with the
     * fields the reference names: Kafka {@code credentials} {@code {username, password}} for PLAIN and SCRAM,
     * {@code {accessKeyId, secretKey}} for IAM_USER, {@code {certificate, privateKey}} for MUTUAL_TLS and {@code
     * {connectionString}} for Azure Event Hubs; object storage {@code accessKey {accessKeyId, secretKey}} for
     * IAM_USER, {@code serviceAccountKey} for SERVICE_ACCOUNT and {@code connectionString} for CONNECTION_STRING;
     * Kinesis {@code accessKey} for IAM_USER. Messages never echo a secret.
     */
    static void checkSecrets(String kind, JsonNode v) {
        String auth = Jsons.optionalText(v, "authentication");
        if (auth == null || auth.equals("IAM_ROLE")) {
            return;
        }
        switch (kind) {
            case "kafka" -> {
                JsonNode credentials = v.get("credentials");
                if (credentials == null || !credentials.isObject()) {
                    throw new SimError(400, "kafka.credentials: Required for " + auth + " authentication");
                }
                List<String> fields = "azureeventhub".equals(Jsons.optionalText(v, "type"))
                        ? List.of("connectionString")
                        : switch (auth) {
                            case "IAM_USER" -> List.of("accessKeyId", "secretKey");
                            case "MUTUAL_TLS" -> List.of("certificate", "privateKey");
                            default -> List.of("username", "password");
                        };
                for (String field : fields) {
                    secret(credentials, "kafka.credentials", field, auth);
                }
            }
            case "objectStorage", "kinesis" -> {
                switch (auth) {
                    case "IAM_USER" -> {
                        JsonNode accessKey = v.get("accessKey");
                        if (accessKey == null || !accessKey.isObject()) {
                            throw new SimError(400, kind + ".accessKey: Required for IAM_USER authentication");
                        }
                        secret(accessKey, kind + ".accessKey", "accessKeyId", auth);
                        secret(accessKey, kind + ".accessKey", "secretKey", auth);
                    }
                    case "SERVICE_ACCOUNT" -> secret(v, kind, "serviceAccountKey", auth);
                    case "CONNECTION_STRING" -> secret(v, kind, "connectionString", auth);
                    default -> {}
                }
            }
            default -> {}
        }
    }

    private static void secret(JsonNode node, String prefix, String field, String auth) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SimError(400, prefix + "." + field + ": Required for " + auth + " authentication");
        }
    }

    /** Checks a create-time source variant and returns what responses show of it: no credentials. */
    static ObjectNode validateSource(String kind, ObjectNode v) {
        switch (kind) {
            case "kafka" -> {
                String type = Jsons.oneOf(v, kind, "type", List.copyOf(KAFKA_AUTH.keySet()));
                Jsons.oneOf(v, kind, "format", List.of("JSONEachRow", "Avro", "AvroConfluent", "Protobuf"));
                required(v, kind, "brokers");
                required(v, kind, "topics");
                Jsons.oneOf(v, kind, "authentication", KAFKA_AUTH.get(type));
                checkSecrets(kind, v);
                if (v.hasNonNull("offset")) {
                    Jsons.oneOf(
                            v.get("offset"),
                            "kafka.offset",
                            "strategy",
                            List.of("from_beginning", "from_latest", "from_timestamp"));
                }
            }
            case "objectStorage" -> {
                String type = Jsons.oneOf(v, kind, "type", OBJECT_STORAGE_TYPES);
                Jsons.oneOf(v, kind, "format", OBJECT_STORAGE_FORMATS);
                if (type.equals("azureblobstorage")) {
                    // the spec: azureContainerName "Required when type is azureblobstorage"; its files are in path
                    required(v, kind, "azureContainerName");
                } else {
                    required(v, kind, "url");
                }
                if (v.hasNonNull("compression")) {
                    Jsons.oneOf(
                            v,
                            kind,
                            "compression",
                            List.of("none", "gzip", "gz", "brotli", "br", "xz", "LZMA", "zstd", "auto"));
                }
                if (v.hasNonNull("authentication")) {
                    Jsons.oneOf(
                            v,
                            kind,
                            "authentication",
                            List.of("IAM_ROLE", "IAM_USER", "CONNECTION_STRING", "SERVICE_ACCOUNT"));
                }
                checkSecrets(kind, v);
            }
            case "kinesis" -> {
                Jsons.oneOf(v, kind, "format", List.of("JSONEachRow", "Avro", "AvroConfluent"));
                required(v, kind, "streamName");
                required(v, kind, "region");
                Jsons.oneOf(v, kind, "iteratorType", List.of("TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"));
                Jsons.oneOf(v, kind, "authentication", List.of("IAM_ROLE", "IAM_USER"));
                checkSecrets(kind, v);
            }
            case "pubsub" -> {
                Jsons.oneOf(v, kind, "format", List.of("JSONEachRow", "Avro", "Protobuf"));
                required(v, kind, "projectId");
                required(v, kind, "topic");
                Jsons.oneOf(v, kind, "authentication", List.of("SERVICE_ACCOUNT"));
                Jsons.oneOf(v, kind, "seekType", List.of("latest", "earliest", "timestamp"));
            }
            case "mongodb" -> {
                String uri = required(v, kind, "uri");
                if (!uri.startsWith("mongodb://") && !uri.startsWith("mongodb+srv://")) {
                    throw new SimError(400, "mongodb.uri: must start with mongodb:// or mongodb+srv://");
                }
                Jsons.oneOf(
                        v,
                        kind,
                        "readPreference",
                        List.of("primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest"));
                databaseSettings(v, kind, true);
            }
            case "bigquery" -> {
                if (!required(v, kind, "snapshotStagingPath").startsWith("gs://")) {
                    throw new SimError(400, "bigquery.snapshotStagingPath: must start with gs://");
                }
                required(v.path("credentials"), "bigquery.credentials", "serviceAccountFile");
                databaseSettings(v, kind, false);
            }
            default -> { // postgres, mysql
                required(v, kind, "host");
                JsonNode port = v.get("port");
                if (port == null || !port.isIntegralNumber() || port.asInt() < 1 || port.asInt() > 65_535) {
                    throw new SimError(400, kind + ".port: Not between 1 and 65535");
                }
                if (kind.equals("postgres")) {
                    required(v, kind, "database");
                }
                String auth = v.hasNonNull("authentication")
                        ? Jsons.oneOf(v, kind, "authentication", List.of("basic", "IAM_ROLE"))
                        : "basic";
                if (auth.equals("basic")) {
                    required(v.path("credentials"), kind + ".credentials", "username");
                    required(v.path("credentials"), kind + ".credentials", "password");
                }
                v.put("authentication", auth);
                databaseSettings(v, kind, kind.equals("mysql"));
            }
        }
        ObjectNode shown = v.deepCopy();
        shown.remove(SECRETS);
        if (shown.path("schemaRegistry").isObject()) {
            ((ObjectNode) shown.get("schemaRegistry")).remove("credentials");
        }
        if (kind.equals("kafka") && !shown.hasNonNull("consumerGroup")) {
            shown.put("consumerGroup", "clickpipes-" + UUID.randomUUID());
        }
        return shown;
    }

    private static void databaseSettings(ObjectNode v, String kind, boolean modeRequired) {
        JsonNode settings = v.get("settings");
        if (settings == null || !settings.isObject()) {
            if (modeRequired) {
                throw new SimError(400, kind + ".settings.replicationMode: Required");
            }
            settings = v.putObject("settings");
        }
        ObjectNode s = (ObjectNode) settings;
        if (modeRequired || s.has("replicationMode")) {
            Jsons.oneOf(
                    s,
                    kind + ".settings",
                    "replicationMode",
                    kind.equals("bigquery") ? List.of("snapshot") : List.of("cdc", "snapshot", "cdc_only"));
        } else {
            s.put("replicationMode", kind.equals("bigquery") ? "snapshot" : "cdc");
        }
        for (Map.Entry<String, JsonNode> field : s.properties()) {
            if (field.getValue().isNumber() && field.getValue().asLong() < 1) {
                throw new SimError(400, kind + ".settings." + field.getKey() + ": Value must be >= 1");
            }
        }
        if (s.has("replicationSlotName") && !s.path("replicationMode").asText().equals("cdc_only")) {
            throw new SimError(400, kind + ".settings.replicationSlotName: only valid for cdc_only replication");
        }
        JsonNode mappings = v.get("tableMappings");
        // required by the spec's ClickPipeMySQLSource and the reference's source tables (§8); no minimum count
        if (mappings == null || !mappings.isArray()) {
            throw new SimError(400, kind + ".tableMappings: Required");
        }
    }

    static ObjectNode destination(ClickPipe p, JsonNode destination) {
        if (destination == null || !destination.isObject()) {
            throw new SimError(400, "destination: Required");
        }
        // the spec's ClickPipeMutateDestination requires nothing: the database is optional
        String database =
                destination.hasNonNull("database") ? destination.get("database").asText() : null;
        if (p.database()) {
            for (String field : List.of("table", "managedTable", "tableDefinition")) {
                if (destination.has(field)) {
                    throw new SimError(400, "destination." + field + ": must be omitted for database ClickPipes");
                }
            }
            return databaseDestination(database);
        }
        Jsons.requireText(destination, "table");
        if (!destination.path("managedTable").isBoolean()) {
            throw new SimError(400, "destination.managedTable: Required");
        }
        JsonNode columns = destination.get("columns");
        if (columns == null || !columns.isArray() || columns.isEmpty()) {
            throw new SimError(400, "destination.columns: Required");
        }
        ObjectNode copy = destination.deepCopy();
        copy.remove("roles");
        return copy;
    }

    static ObjectNode databaseDestination(String database) {
        ObjectNode node = Jsons.object();
        if (database != null) {
            node.put("database", database);
        }
        node.putNull("tableDefinition");
        return node;
    }

    static ArrayNode fieldMappings(ClickPipe p, JsonNode mappings) {
        if (mappings == null || mappings.isNull() || (mappings.isArray() && mappings.isEmpty())) {
            return p.database() ? Jsons.array() : identityMappings(p.destination);
        }
        if (!mappings.isArray()) {
            throw new SimError(400, "fieldMappings: must be an array");
        }
        for (JsonNode column : p.destination.path("columns")) {
            String name = column.path("name").asText();
            boolean mapped = false;
            for (JsonNode m : mappings) {
                mapped |= m.path("destinationField").asText().equals(name);
            }
            if (!mapped) {
                throw new SimError(400, "fieldMappings: destination column " + name + " is not mapped");
            }
        }
        return (ArrayNode) mappings.deepCopy();
    }

    static ArrayNode identityMappings(ObjectNode destination) {
        ArrayNode mappings = Jsons.array();
        for (JsonNode column : destination.path("columns")) {
            String name = column.path("name").asText();
            mappings.addObject().put("sourceField", name).put("destinationField", name);
        }
        return mappings;
    }

    private static String required(JsonNode node, String prefix, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SimError(
                    400, prefix + "." + field + ": '" + (value == null || value.isNull() ? "" : value.asText()) + "'");
        }
        return value.asText();
    }
}
