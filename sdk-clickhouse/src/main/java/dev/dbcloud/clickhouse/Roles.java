package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.RoleEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The roles of the organization the client works in, system and custom: {@code
 * /v1/organizations/{organizationId}/roles}. Get it from {@link Organizations#roles()}. A role's {@link Role#id()}
 * is what {@code assignedRoleIds} of {@link ApiKeys}, {@link Members} and {@link Invitations} take; only custom
 * roles can be updated or deleted.
 *
 * <pre>{@code
 * Roles roles = ch.organizations().roles();
 * Role viewers = roles.create(CreateRoleParams.builder()
 *     .name("viewers")
 *     .addPolicies(RolePolicyParams.builder()
 *         .allowDeny(PolicyEffect.ALLOW)
 *         .addPermissions("control-plane:organization:view")
 *         .addResources("organization/" + orgId)
 *         .build())
 *     .build());
 * roles.update(viewers.id(), UpdateRoleParams.builder().actors(List.of("user/" + userId)).build());
 * roles.delete(viewers.id());
 * }</pre>
 *
 * <p>Per-call options come from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers the same
 * operations returning the whole {@link ApiResponse}.
 */
public final class Roles extends Resource<Roles, Roles.WithRawResponse> {
    Roles(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Roles(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the organization's roles, system and custom ({@code GET …/roles}).
     *
     * @return the roles
     */
    public List<Role> list() {
        return withRawResponse().list().value();
    }

    /**
     * Gets a role ({@code GET …/roles/{roleId}}).
     *
     * @param roleId the role's {@link Role#id()}
     * @return the role
     */
    public Role get(String roleId) {
        return withRawResponse().get(roleId).value();
    }

    /**
     * Creates a custom role with its actors and policies ({@code POST …/roles}).
     *
     * @param params the role
     * @return the role created
     */
    public Role create(CreateRoleParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Updates a custom role ({@code PATCH …/roles/{roleId}}): only what the parameters set changes, and a list set
     * replaces the role's list.
     *
     * @param roleId the role's {@link Role#id()}
     * @param params the changes
     * @return the role as updated
     */
    public Role update(String roleId, UpdateRoleParams params) {
        return withRawResponse().update(roleId, params).value();
    }

    /**
     * Deletes a custom role and its policies ({@code DELETE …/roles/{roleId}}).
     *
     * @param roleId the role's {@link Role#id()}
     */
    public void delete(String roleId) {
        withRawResponse().delete(roleId);
    }

    /** The operations of {@link Roles} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Roles#list()}, with the response. */
        public ApiResponse<List<Role>> list() {
            return org.send(RoleEndpoints.LIST);
        }

        /** {@link Roles#get(String)}, with the response. */
        public ApiResponse<Role> get(String roleId) {
            return org.send(RoleEndpoints.GET, roleId);
        }

        /** {@link Roles#create(CreateRoleParams)}, with the response. */
        public ApiResponse<Role> create(CreateRoleParams params) {
            return org.sendWith(RoleEndpoints.CREATE, params);
        }

        /** {@link Roles#update(String, UpdateRoleParams)}, with the response. */
        public ApiResponse<Role> update(String roleId, UpdateRoleParams params) {
            return org.sendWith(RoleEndpoints.UPDATE, params, roleId);
        }

        /** {@link Roles#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String roleId) {
            return org.send(RoleEndpoints.DELETE, roleId);
        }
    }
}
