package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One simulated Managed Postgres instance, its sizes and its JSON. Guarded by the simulator's lock. */
final class PostgresInstance {
    private static final Map<String, Double> SIZE_FACTORS = sizeFactors();
    private static final List<String> SIZES = sizes();
    private static final SecureRandom RANDOM = new SecureRandom();

    final String id = UUID.randomUUID().toString();
    final Timeline timeline;
    String name;
    String region;
    String postgresVersion = "17";
    String size;
    String haType = "none";
    final Map<String, String> tags = new LinkedHashMap<>();
    String state = "creating";
    Instant createdAt;
    boolean primary = true;
    String primaryId;
    String hostLabel = hostLabel();
    String password = newPassword();
    final Map<String, String> pgConfig = new LinkedHashMap<>();
    final Map<String, String> pgBouncerConfig = new LinkedHashMap<>();
    long firstBackupDue;
    boolean backupScheduled;
    final Timeline resize;
    boolean gone;

    PostgresInstance(SimClock clock) {
        this.timeline = new Timeline(clock);
        this.resize = new Timeline(clock);
    }

    private static Map<String, Double> sizeFactors() {
        Map<String, Double> factors = new LinkedHashMap<>();
        String[] names = {
            "medium",
            "large",
            "xlarge",
            "2xlarge",
            "3xlarge",
            "4xlarge",
            "6xlarge",
            "8xlarge",
            "12xlarge",
            "16xlarge",
            "18xlarge",
            "24xlarge",
            "32xlarge",
            "48xlarge"
        };
        double[] values = {0.5, 1, 2, 4, 6, 8, 12, 16, 24, 32, 36, 48, 64, 96};
        for (int i = 0; i < names.length; i++) {
            factors.put(names[i], values[i]);
        }
        return factors;
    }

    private static List<String> sizes() {
        Map<String, String> families = new LinkedHashMap<>();
        families.put("c6gd", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("i7i", "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge");
        families.put("i7ie", "large xlarge 2xlarge 3xlarge 6xlarge 12xlarge 18xlarge 24xlarge");
        families.put("i8g", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge 24xlarge");
        families.put("i8ge", "large xlarge 2xlarge 3xlarge 6xlarge 12xlarge 18xlarge 24xlarge");
        families.put("m6gd", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("m6id", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("m8gd", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("r6gd", "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge");
        families.put("r6id", "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge");
        families.put("r8gd", "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge");
        List<String> sizes = new ArrayList<>();
        families.forEach((family, names) -> {
            for (String name : names.split(" ")) {
                sizes.add(family + "." + name);
            }
        });
        return List.copyOf(sizes);
    }

    /** The API's password rule: 12 to 1024 characters with a lower-case letter, an upper-case one and a digit. */
    static boolean strong(String password) {
        return password.length() >= 12
                && password.length() <= 1024
                && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isDigit);
    }

    /** A random host label, such as the API puts in host names. */
    static String hostLabel() {
        return String.format(Locale.ROOT, "%08x", RANDOM.nextInt());
    }

    /** A password such as the API generates. */
    static String newPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_-";
        while (true) {
            StringBuilder password = new StringBuilder(20);
            for (int n = 0; n < 20; n++) {
                password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            if (strong(password.toString())) {
                return password.toString();
            }
        }
    }

    /** Whether the size is one of the API's VM sizes. */
    static boolean knownSize(String size) {
        return SIZES.contains(size);
    }

    /** The instance's host name. */
    String hostname() {
        PostgresInstance i = this;
        String slug =
                i.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug + "-" + i.hostLabel + "." + i.id + ".c0." + i.region + ".aws.pg.clickhouse.cloud";
    }

    /** The connection string of its {@code postgres} user. */
    String connectionString() {
        PostgresInstance i = this;
        return "postgres://postgres:" + i.password + "@" + hostname() + ":5432/postgres?channel_binding=require";
    }

    /** The instance as a list item of the API. */
    ObjectNode listItemJson() {
        PostgresInstance i = this;
        ObjectNode node = Jsons.object()
                .put("id", i.id)
                .put("name", i.name)
                .put("provider", "aws")
                .put("region", i.region)
                .put("postgresVersion", i.postgresVersion)
                .put("size", i.size)
                .put("haType", i.haType);
        ArrayNode tags = node.putArray("tags");
        i.tags.forEach((key, value) -> tags.addObject().put("key", key).put("value", value));
        node.put("state", i.state);
        Jsons.putTime(node, "createdAt", i.createdAt);
        node.put("isPrimary", i.primary);
        return node;
    }

    /** The instance as the API answers it. */
    ObjectNode json() {
        PostgresInstance i = this;
        ObjectNode node = listItemJson();
        double factor = SIZE_FACTORS.get(i.size.substring(i.size.indexOf('.') + 1));
        node.put("storageSize", Math.round(118 * factor));
        node.put("hostname", hostname()).put("username", "postgres");
        return node;
    }
}
