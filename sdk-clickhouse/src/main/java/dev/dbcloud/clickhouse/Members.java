package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.MemberEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The members of the organization the client works in: {@code /v1/organizations/{organizationId}/members}. Get
 * it from {@link Organizations#members()}; users join through {@link Invitations}.
 *
 * <pre>{@code
 * Members members = ch.organizations().members();
 * for (Member m : members.list()) {
 *     System.out.println(m.userId() + " " + m.email().orElse(""));
 * }
 * members.update(userId, UpdateMemberParams.builder().assignedRoleIds(List.of(roleId)).build());
 * members.delete(userId);                                    // removes the user from the organization
 * }</pre>
 *
 * <p>Per-call options come from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers the same
 * operations returning the whole {@link ApiResponse}.
 */
public final class Members extends Resource<Members, Members.WithRawResponse> {
    Members(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Members(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the organization's members ({@code GET …/members}).
     *
     * @return the members
     */
    public List<Member> list() {
        return withRawResponse().list().value();
    }

    /**
     * Gets a member ({@code GET …/members/{userId}}).
     *
     * @param userId the member's {@link Member#userId()}
     * @return the member
     */
    public Member get(String userId) {
        return withRawResponse().get(userId).value();
    }

    /**
     * Changes a member's roles ({@code PATCH …/members/{userId}}).
     *
     * @param userId the member's {@link Member#userId()}
     * @param params the changes
     * @return the member as updated
     */
    public Member update(String userId, UpdateMemberParams params) {
        return withRawResponse().update(userId, params).value();
    }

    /**
     * Removes a user from the organization ({@code DELETE …/members/{userId}}).
     *
     * @param userId the member's {@link Member#userId()}
     */
    public void delete(String userId) {
        withRawResponse().delete(userId);
    }

    /** The operations of {@link Members} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Members#list()}, with the response. */
        public ApiResponse<List<Member>> list() {
            return org.send(MemberEndpoints.LIST);
        }

        /** {@link Members#get(String)}, with the response. */
        public ApiResponse<Member> get(String userId) {
            return org.send(MemberEndpoints.GET, userId);
        }

        /** {@link Members#update(String, UpdateMemberParams)}, with the response. */
        public ApiResponse<Member> update(String userId, UpdateMemberParams params) {
            return org.sendWith(MemberEndpoints.UPDATE, params, userId);
        }

        /** {@link Members#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String userId) {
            return org.send(MemberEndpoints.DELETE, userId);
        }
    }
}
