package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.ClickHouseSetting;
import dev.dbcloud.clickhouse.ClickHouseSettingSchemaEntry;
import dev.dbcloud.clickhouse.ClickHouseSettingsUpdate;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import java.util.List;

/**
 * The ClickHouse settings endpoints of a service, {@code …/services/{serviceId}/clickhouseSettings}, each declared
 * once; {@code ClickHouseSettings} sends them. The specification calls every one of them an evolving beta.
 */
@Beta
public final class ClickHouseSettingEndpoints {
    private static final EndpointGroup SETTINGS = ServiceEndpoints.SERVICE.at("/clickhouseSettings");

    /** One setting, {@code …/clickhouseSettings/{settingName}}: {@code schema} names the schema endpoint instead. */
    private static final EndpointGroup SETTING =
            SETTINGS.at("/{settingName}").check("settingName", ClickHouseSettingEndpoints::notSchema);

    private ClickHouseSettingEndpoints() {}

    /** {@code GET …/clickhouseSettings}: {@code {"settings": [{name, value}]}}, the settings explicitly set. */
    public static final Endpoint<List<ClickHouseSetting>> LIST =
            SETTINGS.get("").returns(ResponseKind.listUnder("settings", ClickHouseSetting.class));

    /** {@code PATCH …/clickhouseSettings} with {@code {"settings": "<a JSON object, as a string>"}}. */
    public static final Endpoint<ClickHouseSettingsUpdate> UPDATE =
            SETTINGS.patch("").jsonBody().returns(ClickHouseSettingsUpdate.class);

    /** {@code GET …/clickhouseSettings/schema}: {@code {"settings": [ServiceClickhouseSettingSchemaEntry]}}. */
    public static final Endpoint<List<ClickHouseSettingSchemaEntry>> SCHEMA =
            SETTINGS.get("/schema").returns(ResponseKind.listUnder("settings", ClickHouseSettingSchemaEntry.class));

    /** {@code GET …/clickhouseSettings/{settingName}}. */
    public static final Endpoint<ClickHouseSetting> GET = SETTING.get("").returns(ClickHouseSetting.class);

    /** {@code DELETE …/clickhouseSettings/{settingName}}: resets the setting to the platform default. */
    public static final Endpoint<Void> DELETE = SETTING.delete("").returnsNothing();

    private static String notSchema(String settingName, String name) {
        if (settingName.equals("schema")) {
            throw new IllegalArgumentException(
                    name + " must not be \"schema\": …/clickhouseSettings/schema is the settings schema, see schema()");
        }
        return settingName;
    }
}
