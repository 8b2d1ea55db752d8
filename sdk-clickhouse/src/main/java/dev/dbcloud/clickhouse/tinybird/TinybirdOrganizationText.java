package dev.dbcloud.clickhouse.tinybird;

/** How a {@link TinybirdOrganization} prints: its id, nothing secret. */
final class TinybirdOrganizationText {
    private TinybirdOrganizationText() {}

    static String of(TinybirdOrganization organization) {
        return "TinybirdOrganization{" + organization.id() + '}';
    }
}
