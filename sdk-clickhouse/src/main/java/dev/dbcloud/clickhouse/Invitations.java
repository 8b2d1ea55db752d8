package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.InvitationEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The pending invitations to the organization the client works in: {@code
 * /v1/organizations/{organizationId}/invitations}. Get it from {@link Organizations#invitations()}; a user who
 * accepts one becomes one of the {@link Members}.
 *
 * <pre>{@code
 * Invitations invitations = ch.organizations().invitations();
 * Invitation sent = invitations.create(CreateInvitationParams.builder().email("ada@example.com").build());
 * invitations.delete(sent.id());                             // withdraw it
 * }</pre>
 *
 * <p>Per-call options come from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers the same
 * operations returning the whole {@link ApiResponse}.
 */
public final class Invitations extends Resource<Invitations, Invitations.WithRawResponse> {
    Invitations(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Invitations(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the organization's invitations ({@code GET …/invitations}).
     *
     * @return the invitations
     */
    public List<Invitation> list() {
        return withRawResponse().list().value();
    }

    /**
     * Gets an invitation ({@code GET …/invitations/{invitationId}}).
     *
     * @param invitationId the invitation's {@link Invitation#id()}
     * @return the invitation
     */
    public Invitation get(String invitationId) {
        return withRawResponse().get(invitationId).value();
    }

    /**
     * Invites a user by email ({@code POST …/invitations}).
     *
     * @param params whom to invite, with which roles
     * @return the invitation
     */
    public Invitation create(CreateInvitationParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Deletes an invitation ({@code DELETE …/invitations/{invitationId}}).
     *
     * @param invitationId the invitation's {@link Invitation#id()}
     */
    public void delete(String invitationId) {
        withRawResponse().delete(invitationId);
    }

    /** The operations of {@link Invitations} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Invitations#list()}, with the response. */
        public ApiResponse<List<Invitation>> list() {
            return org.send(InvitationEndpoints.LIST);
        }

        /** {@link Invitations#get(String)}, with the response. */
        public ApiResponse<Invitation> get(String invitationId) {
            return org.send(InvitationEndpoints.GET, invitationId);
        }

        /** {@link Invitations#create(CreateInvitationParams)}, with the response. */
        public ApiResponse<Invitation> create(CreateInvitationParams params) {
            return org.sendWith(InvitationEndpoints.CREATE, params);
        }

        /** {@link Invitations#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String invitationId) {
            return org.send(InvitationEndpoints.DELETE, invitationId);
        }
    }
}
