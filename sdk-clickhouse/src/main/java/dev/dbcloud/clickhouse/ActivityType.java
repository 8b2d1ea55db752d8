package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * What an organization activity records (wire field {@code type} of an activity).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ActivityType.CREATE_ORGANIZATION) { … }
 * ActivityType parsed = ActivityType.of("create_organization");
 * }</pre>
 */
public final class ActivityType extends OpenEnum {
    private static final Values<ActivityType> VALUES = new Values<>(ActivityType::new);

    /** Wire value {@code create_organization}. */
    public static final ActivityType CREATE_ORGANIZATION = VALUES.known("create_organization");

    /** Wire value {@code organization_update_name}. */
    public static final ActivityType ORGANIZATION_UPDATE_NAME = VALUES.known("organization_update_name");

    /** Wire value {@code transfer_service_in}. */
    public static final ActivityType TRANSFER_SERVICE_IN = VALUES.known("transfer_service_in");

    /** Wire value {@code transfer_service_out}. */
    public static final ActivityType TRANSFER_SERVICE_OUT = VALUES.known("transfer_service_out");

    /** Wire value {@code save_payment_method}. */
    public static final ActivityType SAVE_PAYMENT_METHOD = VALUES.known("save_payment_method");

    /** Wire value {@code marketplace_subscription}. */
    public static final ActivityType MARKETPLACE_SUBSCRIPTION = VALUES.known("marketplace_subscription");

    /** Wire value {@code migrate_marketplace_billing_details_in}. */
    public static final ActivityType MIGRATE_MARKETPLACE_BILLING_DETAILS_IN =
            VALUES.known("migrate_marketplace_billing_details_in");

    /** Wire value {@code migrate_marketplace_billing_details_out}. */
    public static final ActivityType MIGRATE_MARKETPLACE_BILLING_DETAILS_OUT =
            VALUES.known("migrate_marketplace_billing_details_out");

    /** Wire value {@code organization_update_tier}. */
    public static final ActivityType ORGANIZATION_UPDATE_TIER = VALUES.known("organization_update_tier");

    /** Wire value {@code organization_invite_create}. */
    public static final ActivityType ORGANIZATION_INVITE_CREATE = VALUES.known("organization_invite_create");

    /** Wire value {@code organization_invite_delete}. */
    public static final ActivityType ORGANIZATION_INVITE_DELETE = VALUES.known("organization_invite_delete");

    /** Wire value {@code organization_member_join}. */
    public static final ActivityType ORGANIZATION_MEMBER_JOIN = VALUES.known("organization_member_join");

    /** Wire value {@code organization_member_add}. */
    public static final ActivityType ORGANIZATION_MEMBER_ADD = VALUES.known("organization_member_add");

    /** Wire value {@code organization_member_leave}. */
    public static final ActivityType ORGANIZATION_MEMBER_LEAVE = VALUES.known("organization_member_leave");

    /** Wire value {@code organization_member_delete}. */
    public static final ActivityType ORGANIZATION_MEMBER_DELETE = VALUES.known("organization_member_delete");

    /** Wire value {@code organization_member_update_role}. */
    public static final ActivityType ORGANIZATION_MEMBER_UPDATE_ROLE = VALUES.known("organization_member_update_role");

    /** Wire value {@code organization_member_update_roles}. */
    public static final ActivityType ORGANIZATION_MEMBER_UPDATE_ROLES =
            VALUES.known("organization_member_update_roles");

    /** Wire value {@code organization_member_update_mfa_method}. */
    public static final ActivityType ORGANIZATION_MEMBER_UPDATE_MFA_METHOD =
            VALUES.known("organization_member_update_mfa_method");

    /** Wire value {@code organization_saml_connection_create}. */
    public static final ActivityType ORGANIZATION_SAML_CONNECTION_CREATE =
            VALUES.known("organization_saml_connection_create");

    /** Wire value {@code organization_saml_connection_update}. */
    public static final ActivityType ORGANIZATION_SAML_CONNECTION_UPDATE =
            VALUES.known("organization_saml_connection_update");

    /** Wire value {@code user_login}. */
    public static final ActivityType USER_LOGIN = VALUES.known("user_login");

    /** Wire value {@code user_login_failed}. */
    public static final ActivityType USER_LOGIN_FAILED = VALUES.known("user_login_failed");

    /** Wire value {@code user_logout}. */
    public static final ActivityType USER_LOGOUT = VALUES.known("user_logout");

    /** Wire value {@code key_create}. */
    public static final ActivityType KEY_CREATE = VALUES.known("key_create");

    /** Wire value {@code key_delete}. */
    public static final ActivityType KEY_DELETE = VALUES.known("key_delete");

    /** Wire value {@code openapi_key_update}. */
    public static final ActivityType OPENAPI_KEY_UPDATE = VALUES.known("openapi_key_update");

    /** Wire value {@code service_create}. */
    public static final ActivityType SERVICE_CREATE = VALUES.known("service_create");

    /** Wire value {@code service_start}. */
    public static final ActivityType SERVICE_START = VALUES.known("service_start");

    /** Wire value {@code service_stop}. */
    public static final ActivityType SERVICE_STOP = VALUES.known("service_stop");

    /** Wire value {@code service_awaken}. */
    public static final ActivityType SERVICE_AWAKEN = VALUES.known("service_awaken");

    /** Wire value {@code service_idle}. */
    public static final ActivityType SERVICE_IDLE = VALUES.known("service_idle");

    /** Wire value {@code service_running}. */
    public static final ActivityType SERVICE_RUNNING = VALUES.known("service_running");

    /** Wire value {@code service_partially_running}. */
    public static final ActivityType SERVICE_PARTIALLY_RUNNING = VALUES.known("service_partially_running");

    /** Wire value {@code service_delete}. */
    public static final ActivityType SERVICE_DELETE = VALUES.known("service_delete");

    /** Wire value {@code service_update_name}. */
    public static final ActivityType SERVICE_UPDATE_NAME = VALUES.known("service_update_name");

    /** Wire value {@code service_update_ip_access_list}. */
    public static final ActivityType SERVICE_UPDATE_IP_ACCESS_LIST = VALUES.known("service_update_ip_access_list");

    /** Wire value {@code service_update_autoscaling_memory}. */
    public static final ActivityType SERVICE_UPDATE_AUTOSCALING_MEMORY =
            VALUES.known("service_update_autoscaling_memory");

    /** Wire value {@code service_update_autoscaling_idling}. */
    public static final ActivityType SERVICE_UPDATE_AUTOSCALING_IDLING =
            VALUES.known("service_update_autoscaling_idling");

    /** Wire value {@code service_update_password}. */
    public static final ActivityType SERVICE_UPDATE_PASSWORD = VALUES.known("service_update_password");

    /** Wire value {@code service_update_autoscaling_replicas}. */
    public static final ActivityType SERVICE_UPDATE_AUTOSCALING_REPLICAS =
            VALUES.known("service_update_autoscaling_replicas");

    /** Wire value {@code service_update_max_allowable_replicas}. */
    public static final ActivityType SERVICE_UPDATE_MAX_ALLOWABLE_REPLICAS =
            VALUES.known("service_update_max_allowable_replicas");

    /** Wire value {@code service_update_backup_configuration}. */
    public static final ActivityType SERVICE_UPDATE_BACKUP_CONFIGURATION =
            VALUES.known("service_update_backup_configuration");

    /** Wire value {@code service_update_snapshot_configuration}. */
    public static final ActivityType SERVICE_UPDATE_SNAPSHOT_CONFIGURATION =
            VALUES.known("service_update_snapshot_configuration");

    /** Wire value {@code service_restore_backup}. */
    public static final ActivityType SERVICE_RESTORE_BACKUP = VALUES.known("service_restore_backup");

    /** Wire value {@code service_update_release_channel}. */
    public static final ActivityType SERVICE_UPDATE_RELEASE_CHANNEL = VALUES.known("service_update_release_channel");

    /** Wire value {@code service_update_gpt_usage_consent}. */
    public static final ActivityType SERVICE_UPDATE_GPT_USAGE_CONSENT =
            VALUES.known("service_update_gpt_usage_consent");

    /** Wire value {@code service_update_private_endpoints}. */
    public static final ActivityType SERVICE_UPDATE_PRIVATE_ENDPOINTS =
            VALUES.known("service_update_private_endpoints");

    /** Wire value {@code service_import_to_organization}. */
    public static final ActivityType SERVICE_IMPORT_TO_ORGANIZATION = VALUES.known("service_import_to_organization");

    /** Wire value {@code service_export_from_organization}. */
    public static final ActivityType SERVICE_EXPORT_FROM_ORGANIZATION =
            VALUES.known("service_export_from_organization");

    /** Wire value {@code service_maintenance_start}. */
    public static final ActivityType SERVICE_MAINTENANCE_START = VALUES.known("service_maintenance_start");

    /** Wire value {@code service_maintenance_end}. */
    public static final ActivityType SERVICE_MAINTENANCE_END = VALUES.known("service_maintenance_end");

    /** Wire value {@code service_update_core_dump}. */
    public static final ActivityType SERVICE_UPDATE_CORE_DUMP = VALUES.known("service_update_core_dump");

    /** Wire value {@code backup_delete}. */
    public static final ActivityType BACKUP_DELETE = VALUES.known("backup_delete");

    private ActivityType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ActivityType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ActivityType> knownValues() {
        return VALUES.knownValues();
    }
}
