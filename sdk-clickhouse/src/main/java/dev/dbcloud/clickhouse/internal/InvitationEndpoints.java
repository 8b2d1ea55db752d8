package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Invitation;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/invitations}, each declared once; {@code
 * Invitations} sends them through an {@code OrganizationInvoker}, which fills in the organization.
 */
public final class InvitationEndpoints {
    private static final EndpointGroup INVITATION =
            OrganizationEndpoints.ORGANIZATION.at("/invitations/{invitationId}");

    private InvitationEndpoints() {}

    /** {@code GET …/invitations}. */
    public static final Endpoint<List<Invitation>> LIST =
            OrganizationEndpoints.ORGANIZATION.get("/invitations").returns(new TypeReference<List<Invitation>>() {});

    /** {@code POST …/invitations}. */
    public static final Endpoint<Invitation> CREATE =
            OrganizationEndpoints.ORGANIZATION.post("/invitations").jsonBody().returns(Invitation.class);

    /** {@code GET …/invitations/{invitationId}}. */
    public static final Endpoint<Invitation> GET = INVITATION.get("").returns(Invitation.class);

    /** {@code DELETE …/invitations/{invitationId}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = INVITATION.delete("").returnsNothing();
}
