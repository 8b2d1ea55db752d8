package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ClickHouseSettingEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The ClickHouse settings of a service (server and query settings such as {@code compatibility}): {@code
 * …/services/{serviceId}/clickhouseSettings}. Get it from {@link Services#clickhouseSettings()}.
 *
 * <pre>{@code
 * ClickHouseSettings settings = ch.services().clickhouseSettings();
 * for (ClickHouseSetting s : settings.list(serviceId)) {            // only those explicitly set
 *     System.out.println(s.name() + " = " + s.value().orElse(""));
 * }
 * ClickHouseSettingsUpdate applied = settings.update(serviceId,
 *         UpdateClickHouseSettingsParams.builder().putSettings("compatibility", "24.8").build());
 * settings.delete(serviceId, "compatibility");                      // back to the platform default
 * }</pre>
 *
 * <p>The API calls these operations an evolving beta whose contract may change, hence {@link Beta}. Each method
 * sends exactly one request (retries of it aside). Settings under {@code spec.extraConfig.server.*} (such as {@code
 * keep_alive_timeout}) restart the ClickHouse servers when changed or reset; others reach every replica after a
 * short delay.
 */
@Beta
public final class ClickHouseSettings extends Resource<ClickHouseSettings, ClickHouseSettings.WithRawResponse> {

    ClickHouseSettings(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new ClickHouseSettings(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the settings explicitly set on a service ({@code GET …/services/{serviceId}/clickhouseSettings}).
     *
     * @param serviceId the service id
     * @return the settings and their values
     */
    public List<ClickHouseSetting> list(String serviceId) {
        return withRawResponse().list(serviceId).value();
    }

    /**
     * Sets one or more settings ({@code PATCH …/services/{serviceId}/clickhouseSettings}); settings not named keep
     * their values.
     *
     * @param serviceId the service id
     * @param params the values to set, by name
     * @return the values applied, and warnings about those that may disrupt the service
     */
    public ClickHouseSettingsUpdate update(String serviceId, UpdateClickHouseSettingsParams params) {
        return withRawResponse().update(serviceId, params).value();
    }

    /**
     * Describes every setting that may be configured: type, allowed values, warnings ({@code GET
     * …/services/{serviceId}/clickhouseSettings/schema}).
     *
     * @param serviceId the service id
     * @return the settings' descriptions
     */
    public List<ClickHouseSettingSchemaEntry> schema(String serviceId) {
        return withRawResponse().schema(serviceId).value();
    }

    /**
     * Gets the current value of one setting ({@code GET …/services/{serviceId}/clickhouseSettings/{settingName}}).
     *
     * @param serviceId the service id
     * @param settingName the setting's name, e.g. {@code compatibility}; not {@code schema}, which names the
     *     schema endpoint
     * @return the setting
     * @throws IllegalArgumentException if {@code settingName} is blank, {@code .}, {@code ..} or {@code schema};
     *     nothing is sent
     */
    public ClickHouseSetting get(String serviceId, String settingName) {
        return withRawResponse().get(serviceId, settingName).value();
    }

    /**
     * Resets a setting to the platform default ({@code DELETE
     * …/services/{serviceId}/clickhouseSettings/{settingName}}); resetting one never set is a no-op.
     *
     * @param serviceId the service id
     * @param settingName the setting's name; not {@code schema}
     * @throws IllegalArgumentException if {@code settingName} is blank, {@code .}, {@code ..} or {@code schema};
     *     nothing is sent
     */
    public void delete(String serviceId, String settingName) {
        withRawResponse().delete(serviceId, settingName);
    }

    /** The operations of {@link ClickHouseSettings} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link ClickHouseSettings#list(String)}, with the response. */
        public ApiResponse<List<ClickHouseSetting>> list(String serviceId) {
            return org.send(ClickHouseSettingEndpoints.LIST, serviceId);
        }

        /** {@link ClickHouseSettings#update(String, UpdateClickHouseSettingsParams)}, with the response. */
        public ApiResponse<ClickHouseSettingsUpdate> update(String serviceId, UpdateClickHouseSettingsParams params) {
            return org.sendWith(ClickHouseSettingEndpoints.UPDATE, params, serviceId);
        }

        /** {@link ClickHouseSettings#schema(String)}, with the response. */
        public ApiResponse<List<ClickHouseSettingSchemaEntry>> schema(String serviceId) {
            return org.send(ClickHouseSettingEndpoints.SCHEMA, serviceId);
        }

        /** {@link ClickHouseSettings#get(String, String)}, with the response. */
        public ApiResponse<ClickHouseSetting> get(String serviceId, String settingName) {
            return org.send(ClickHouseSettingEndpoints.GET, serviceId, settingName);
        }

        /** {@link ClickHouseSettings#delete(String, String)}, with the response. */
        public ApiResponse<Void> delete(String serviceId, String settingName) {
            return org.send(ClickHouseSettingEndpoints.DELETE, serviceId, settingName);
        }
    }
}
