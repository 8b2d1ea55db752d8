package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ClickStackEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The ClickStack roles of a service's team, predefined and custom, {@code
 * …/services/{serviceId}/clickstack/roles}. Get it from {@link ClickStack#roles()}.
 *
 * <pre>{@code
 * ClickStackRoles roles = ch.services().clickStack().roles();
 * ClickStackRole bot = roles.create(serviceId, ClickStackCreateRoleParams.builder()
 *         .name("Deploy Bot").addPermissions(ClickStackPermission.of("manage", "dashboard")).build());
 * roles.update(serviceId, bot.id(), ClickStackUpdateRoleParams.builder()
 *         .addPermissions(ClickStackPermission.of("read", "dashboard")).build());
 * roles.delete(serviceId, bot.id());
 * }</pre>
 *
 * <p>The API calls these operations beta (with a stable contract), hence {@link Beta}. Predefined roles cannot be
 * changed or deleted, nor can the team's default user role or a role assigned to users: the API refuses those.
 * Each method sends exactly one request (retries of it aside); a blank id is refused before sending, naming {@code
 * roleId}.
 */
@Beta
public final class ClickStackRoles extends Resource<ClickStackRoles, ClickStackRoles.WithRawResponse> {

    ClickStackRoles(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new ClickStackRoles(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the team's roles, the predefined ones included ({@code GET …/clickstack/roles}).
     *
     * @param serviceId the service id
     * @return the roles
     */
    public List<ClickStackRole> list(String serviceId) {
        return withRawResponse().list(serviceId).value();
    }

    /**
     * Creates a custom role ({@code POST …/clickstack/roles}).
     *
     * @param serviceId the service id
     * @param params the role
     * @return the role created, with its id
     */
    public ClickStackRole create(String serviceId, ClickStackCreateRoleParams params) {
        return withRawResponse().create(serviceId, params).value();
    }

    /**
     * Gets a role ({@code GET …/clickstack/roles/{roleId}}).
     *
     * @param serviceId the service id
     * @param roleId the role's id
     * @return the role
     */
    public ClickStackRole get(String serviceId, String roleId) {
        return withRawResponse().get(serviceId, roleId).value();
    }

    /**
     * Replaces a custom role's permissions, and its name or description if set ({@code PUT
     * …/clickstack/roles/{roleId}}).
     *
     * @param serviceId the service id
     * @param roleId the role's id
     * @param params the new permissions
     * @return the role after the change
     */
    public ClickStackRole update(String serviceId, String roleId, ClickStackUpdateRoleParams params) {
        return withRawResponse().update(serviceId, roleId, params).value();
    }

    /**
     * Deletes a custom role ({@code DELETE …/clickstack/roles/{roleId}}).
     *
     * @param serviceId the service id
     * @param roleId the role's id
     */
    public void delete(String serviceId, String roleId) {
        withRawResponse().delete(serviceId, roleId);
    }

    /** The operations of {@link ClickStackRoles} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link ClickStackRoles#list(String)}, with the response. */
        public ApiResponse<List<ClickStackRole>> list(String serviceId) {
            return org.send(ClickStackEndpoints.LIST_ROLES, serviceId);
        }

        /** {@link ClickStackRoles#create(String, ClickStackCreateRoleParams)}, with the response. */
        public ApiResponse<ClickStackRole> create(String serviceId, ClickStackCreateRoleParams params) {
            return org.sendWith(ClickStackEndpoints.CREATE_ROLE, params, serviceId);
        }

        /** {@link ClickStackRoles#get(String, String)}, with the response. */
        public ApiResponse<ClickStackRole> get(String serviceId, String roleId) {
            return org.send(ClickStackEndpoints.GET_ROLE, serviceId, roleId);
        }

        /** {@link ClickStackRoles#update(String, String, ClickStackUpdateRoleParams)}, with the response. */
        public ApiResponse<ClickStackRole> update(String serviceId, String roleId, ClickStackUpdateRoleParams params) {
            return org.sendWith(ClickStackEndpoints.UPDATE_ROLE, params, serviceId, roleId);
        }

        /** {@link ClickStackRoles#delete(String, String)}, with the response. */
        public ApiResponse<Void> delete(String serviceId, String roleId) {
            return org.send(ClickStackEndpoints.DELETE_ROLE, serviceId, roleId);
        }
    }
}
