package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Udf;
import dev.dbcloud.clickhouse.UdfAttachment;
import dev.dbcloud.clickhouse.UdfUpload;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.PageSlice;
import dev.dbcloud.core.internal.ResponseKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The user-defined function endpoints under {@code /v1/organizations/{organizationId}/udfs} and {@code
 * …/udfUploads/url}, each declared once; {@code Udfs} sends them through an {@code OrganizationInvoker}. Every
 * one is beta in the API.
 */
@Beta
public final class UdfEndpoints {
    private static final Pattern NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");

    private static final EndpointGroup UDF =
            OrganizationEndpoints.ORGANIZATION.at("/udfs/{functionName}").check("functionName", UdfEndpoints::name);
    private static final EndpointGroup VERSIONS = UDF.at("/versions");
    private static final EndpointGroup ATTACHMENTS = UDF.at("/attachments");
    private static final EndpointGroup ATTACHMENT = ATTACHMENTS.at("/{serviceId}");

    private UdfEndpoints() {}

    /** {@code GET …/udfs?limit=&cursor=}: the latest version of each function, a page at a time. */
    public static final Endpoint<Page<Udf>> LIST = OrganizationEndpoints.ORGANIZATION
            .get("/udfs")
            .query("limit", "cursor")
            .returns(page(new TypeReference<ItemPage<Udf>>() {}));

    /** {@code POST …/udfs}: answered 201. */
    public static final Endpoint<Udf> CREATE =
            OrganizationEndpoints.ORGANIZATION.post("/udfs").jsonBody().returns(Udf.class);

    /** {@code GET …/udfs/{functionName}}: the latest version. */
    public static final Endpoint<Udf> GET = UDF.get("").returns(Udf.class);

    /** {@code DELETE …/udfs/{functionName}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = UDF.delete("").returnsNothing();

    /** {@code POST …/udfUploads/url}: answered 201 with a pre-signed URL, kept out of the logs. */
    public static final Endpoint<UdfUpload> CREATE_UPLOAD_URL = OrganizationEndpoints.ORGANIZATION
            .post("/udfUploads/url")
            .secretResponse()
            .returns(UdfUpload.class);

    /** {@code POST …/udfs/{functionName}/versions}: answered 201. */
    public static final Endpoint<Udf> CREATE_VERSION =
            VERSIONS.post("").jsonBody().returns(Udf.class);

    /** {@code GET …/udfs/{functionName}/versions?limit=&cursor=}. */
    public static final Endpoint<Page<Udf>> LIST_VERSIONS =
            VERSIONS.get("").query("limit", "cursor").returns(page(new TypeReference<ItemPage<Udf>>() {}));

    /** {@code DELETE …/udfs/{functionName}/versions/{version}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE_VERSION = VERSIONS.at("/{version}")
            .check("version", UdfEndpoints::version)
            .delete("")
            .returnsNothing();

    /** {@code GET …/udfs/{functionName}/attachments?limit=&cursor=}. */
    public static final Endpoint<Page<UdfAttachment>> LIST_ATTACHMENTS =
            ATTACHMENTS.get("").query("limit", "cursor").returns(page(new TypeReference<ItemPage<UdfAttachment>>() {}));

    /** {@code PUT …/udfs/{functionName}/attachments/{serviceId}}, with {@code {}} or {@code {"version": n}}. */
    public static final Endpoint<UdfAttachment> ATTACH =
            ATTACHMENT.put("").jsonBody().returns(UdfAttachment.class);

    /** {@code GET …/udfs/{functionName}/attachments/{serviceId}}. */
    public static final Endpoint<UdfAttachment> GET_ATTACHMENT =
            ATTACHMENT.get("").returns(UdfAttachment.class);

    /** {@code DELETE …/udfs/{functionName}/attachments/{serviceId}}; the answer carries no result. */
    public static final Endpoint<Void> DETACH = ATTACHMENT.delete("").returnsNothing();

    /**
     * Checks a version number, a path segment of its decimal text.
     *
     * @param value the version, as sent
     * @param field the parameter's name, for the message
     * @return the value
     * @throws IllegalArgumentException if the version is not a whole number above 0
     */
    public static String version(String value, String field) {
        if (value == null || !value.matches("[0-9]+") || Long.parseLong(value) < 1) {
            throw new IllegalArgumentException(field + " must be > 0 but is " + value);
        }
        return value;
    }

    /**
     * Refuses a function, argument or return value name the API would refuse.
     *
     * @param value the name
     * @param field the field it was given as
     * @return the name
     * @throws IllegalArgumentException unless it is a letter followed by letters, digits or {@code _}
     */
    public static String name(String value, String field) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must start with a letter followed by letters, digits or _"
                    + " (^[A-Za-z][A-Za-z0-9_]*$) but is " + value);
        }
        return value;
    }

    private static <T> ResponseKind<Page<T>> page(TypeReference<ItemPage<T>> type) {
        return ResponseKind.page(type, "cursor", ItemPage::slice);
    }

    /**
     * A page of a UDF list: {@code {"items": […], "pagination": {"nextCursor": …}}}.
     *
     * @param items the page's items
     * @param pagination where the next page starts
     * @param <T> the item type
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemPage<T>(List<T> items, Pagination pagination) {
        /** @return the page slice */
        public PageSlice<T> slice() {
            String next = pagination == null ? null : pagination.nextCursor();
            return new PageSlice<>(items == null ? List.of() : items, next != null, next);
        }
    }

    /**
     * The paging part of a UDF list.
     *
     * @param nextCursor the next page's cursor; null on the last page
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pagination(String nextCursor) {}
}
