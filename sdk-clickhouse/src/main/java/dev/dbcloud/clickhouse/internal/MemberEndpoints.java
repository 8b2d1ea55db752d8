package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Member;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/members}, each declared once; {@code Members}
 * sends them through an {@code OrganizationInvoker}, which fills in the organization.
 */
public final class MemberEndpoints {
    private static final EndpointGroup MEMBER = OrganizationEndpoints.ORGANIZATION.at("/members/{userId}");

    private MemberEndpoints() {}

    /** {@code GET …/members}. */
    public static final Endpoint<List<Member>> LIST =
            OrganizationEndpoints.ORGANIZATION.get("/members").returns(new TypeReference<List<Member>>() {});

    /** {@code GET …/members/{userId}}. */
    public static final Endpoint<Member> GET = MEMBER.get("").returns(Member.class);

    /** {@code PATCH …/members/{userId}}. */
    public static final Endpoint<Member> UPDATE = MEMBER.patch("").jsonBody().returns(Member.class);

    /** {@code DELETE …/members/{userId}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = MEMBER.delete("").returnsNothing();
}
