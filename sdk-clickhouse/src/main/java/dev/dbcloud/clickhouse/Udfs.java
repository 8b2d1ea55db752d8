package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.clickhouse.internal.UdfEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Json;
import java.util.Map;

/**
 * The user-defined functions of the organization the client works in: {@code
 * /v1/organizations/{organizationId}/udfs}, their versions and their attachments to services. Get it from {@link
 * Organizations#udfs()}. Beta in the API: the contract may change.
 *
 * <p>A function is built from a zip archive: ask for an upload URL, PUT the archive there, create the function
 * (or a new version of it) from the upload id, and once its {@link Udf#status()} is {@link UdfStatus#READY ready},
 * attach it to a service.
 *
 * <pre>{@code
 * Udfs udfs = ch.organizations().udfs();
 * UdfUpload upload = udfs.createUploadUrl();
 * // PUT the zip to upload.uploadUrl()
 * Udf created = udfs.create("normalize_url", UdfVersionParams.builder()
 *     .uploadId(upload.uploadId())
 *     .runtime(UdfRuntime.PYTHON_3_11)
 *     .type(UdfType.EXECUTABLE)
 *     .addArguments(UdfArgument.of("url", "String"))
 *     .returnType("String")
 *     .build());
 * UdfAttachment attached = udfs.attach("normalize_url", serviceId);   // the latest ready version
 * }</pre>
 *
 * <p>Errors: a 400 lists the API's validation issues in the exception's message; attaching to a service that is
 * idle or stopped fails with a {@link dev.dbcloud.core.errors.FailedDependencyException} whose error code is
 * {@code SERVICE_IDLE}, {@code SERVICE_NOT_RUNNING} or {@code SERVICE_STOPPED}. An upload id serves one create
 * attempt only: to retry a create, upload again. Per-call options come from {@link #withOptions(RequestOptions)};
 * {@link #withRawResponse()} offers the same operations returning the whole {@link ApiResponse}.
 */
@Beta
public final class Udfs extends Resource<Udfs, Udfs.WithRawResponse> {
    Udfs(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Udfs(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the latest version of each function ({@code GET …/udfs}), a page at a time.
     *
     * @return the first page; {@link Page#autoPager()} fetches the rest
     */
    public Page<Udf> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists the latest version of each function ({@code GET …/udfs?limit=&cursor=}).
     *
     * @param params page size and starting cursor
     * @return the first page; {@link Page#autoPager()} fetches the rest
     */
    public Page<Udf> list(UdfListParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Gets the latest version of a function ({@code GET …/udfs/{functionName}}).
     *
     * @param functionName the function's name
     * @return the function
     */
    public Udf get(String functionName) {
        return withRawResponse().get(functionName).value();
    }

    /**
     * Creates a function, as its version 1, from an uploaded archive ({@code POST …/udfs}); the build starts at
     * once and the result's {@link Udf#status()} says how far it got.
     *
     * @param functionName the new function's name: a letter followed by letters, digits or {@code _}
     * @param params how to build it
     * @return the function, building
     * @throws IllegalArgumentException if the name breaks the rule above; nothing is sent
     */
    public Udf create(String functionName, UdfVersionParams params) {
        return withRawResponse().create(functionName, params).value();
    }

    /**
     * Deletes a function and all its versions ({@code DELETE …/udfs/{functionName}}). It must not be attached to
     * any service.
     *
     * @param functionName the function's name
     */
    public void delete(String functionName) {
        withRawResponse().delete(functionName);
    }

    /**
     * Asks for a pre-signed URL to upload a source archive to ({@code POST …/udfUploads/url}).
     *
     * @return the URL, its upload id and expiry
     */
    public UdfUpload createUploadUrl() {
        return withRawResponse().createUploadUrl().value();
    }

    /**
     * Creates the next version of a function from an uploaded archive ({@code POST …/udfs/{functionName}/versions}).
     * What the parameters leave unset takes the API's default, not the previous version's value.
     *
     * @param functionName the function's name
     * @param params how to build it
     * @return the new version, building
     */
    public Udf createVersion(String functionName, UdfVersionParams params) {
        return withRawResponse().createVersion(functionName, params).value();
    }

    /**
     * Lists the versions of a function ({@code GET …/udfs/{functionName}/versions}).
     *
     * @param functionName the function's name
     * @return the first page; {@link Page#autoPager()} fetches the rest
     */
    public Page<Udf> listVersions(String functionName) {
        return withRawResponse().listVersions(functionName).value();
    }

    /**
     * Lists the versions of a function ({@code GET …/udfs/{functionName}/versions?limit=&cursor=}).
     *
     * @param functionName the function's name
     * @param params page size and starting cursor
     * @return the first page; {@link Page#autoPager()} fetches the rest
     */
    public Page<Udf> listVersions(String functionName, UdfListParams params) {
        return withRawResponse().listVersions(functionName, params).value();
    }

    /**
     * Deletes one version of a function ({@code DELETE …/udfs/{functionName}/versions/{version}}). The function
     * must not be attached to any service.
     *
     * @param functionName the function's name
     * @param version the version's number, from 1
     * @throws IllegalArgumentException if {@code version} is below 1; nothing is sent
     */
    public void deleteVersion(String functionName, int version) {
        withRawResponse().deleteVersion(functionName, version);
    }

    /**
     * Lists the services a function is attached to ({@code GET …/udfs/{functionName}/attachments}).
     *
     * @param functionName the function's name
     * @return the first page; {@link Page#autoPager()} fetches the rest
     */
    public Page<UdfAttachment> listAttachments(String functionName) {
        return withRawResponse().listAttachments(functionName).value();
    }

    /**
     * Lists the services a function is attached to ({@code GET …/udfs/{functionName}/attachments?limit=&cursor=}).
     *
     * @param functionName the function's name
     * @param params page size and starting cursor
     * @return the first page; {@link Page#autoPager()} fetches the rest
     */
    public Page<UdfAttachment> listAttachments(String functionName, UdfListParams params) {
        return withRawResponse().listAttachments(functionName, params).value();
    }

    /**
     * Attaches the latest ready version of a function to a service, replacing the one attached before ({@code PUT
     * …/udfs/{functionName}/attachments/{serviceId}}). The service must be running: an idle or stopped one fails
     * with a {@link dev.dbcloud.core.errors.FailedDependencyException}.
     *
     * @param functionName the function's name
     * @param serviceId the service's id
     * @return the attachment
     */
    public UdfAttachment attach(String functionName, String serviceId) {
        return withRawResponse().attach(functionName, serviceId).value();
    }

    /**
     * Attaches one version of a function to a service, replacing the one attached before ({@code PUT
     * …/udfs/{functionName}/attachments/{serviceId}}).
     *
     * @param functionName the function's name
     * @param serviceId the service's id
     * @param version the version to attach, from 1
     * @return the attachment
     * @throws IllegalArgumentException if {@code version} is below 1; nothing is sent
     */
    public UdfAttachment attach(String functionName, String serviceId, int version) {
        return withRawResponse().attach(functionName, serviceId, version).value();
    }

    /**
     * Gets which version of a function a service runs ({@code GET …/udfs/{functionName}/attachments/{serviceId}}).
     *
     * @param functionName the function's name
     * @param serviceId the service's id
     * @return the attachment
     */
    public UdfAttachment getAttachment(String functionName, String serviceId) {
        return withRawResponse().getAttachment(functionName, serviceId).value();
    }

    /**
     * Detaches a function from a service ({@code DELETE …/udfs/{functionName}/attachments/{serviceId}}).
     *
     * @param functionName the function's name
     * @param serviceId the service's id
     */
    public void detach(String functionName, String serviceId) {
        withRawResponse().detach(functionName, serviceId);
    }

    /** The operations of {@link Udfs} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Udfs#list()}, with the response. */
        public ApiResponse<Page<Udf>> list() {
            return org.send(UdfEndpoints.LIST);
        }

        /** {@link Udfs#list(UdfListParams)}, with the response. */
        public ApiResponse<Page<Udf>> list(UdfListParams params) {
            return org.send(paged(org.call(UdfEndpoints.LIST), params));
        }

        /** {@link Udfs#get(String)}, with the response. */
        public ApiResponse<Udf> get(String functionName) {
            return org.send(UdfEndpoints.GET, functionName);
        }

        /** {@link Udfs#create(String, UdfVersionParams)}, with the response. */
        public ApiResponse<Udf> create(String functionName, UdfVersionParams params) {
            UdfEndpoints.name(functionName, "functionName");
            requireNonNull(params, "params == null");
            ObjectNode body = (ObjectNode) Json.toTree(params);
            body.put("functionName", functionName);
            return org.sendWith(UdfEndpoints.CREATE, body);
        }

        /** {@link Udfs#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String functionName) {
            return org.send(UdfEndpoints.DELETE, functionName);
        }

        /** {@link Udfs#createUploadUrl()}, with the response. */
        public ApiResponse<UdfUpload> createUploadUrl() {
            return org.send(UdfEndpoints.CREATE_UPLOAD_URL);
        }

        /** {@link Udfs#createVersion(String, UdfVersionParams)}, with the response. */
        public ApiResponse<Udf> createVersion(String functionName, UdfVersionParams params) {
            return org.sendWith(UdfEndpoints.CREATE_VERSION, params, functionName);
        }

        /** {@link Udfs#listVersions(String)}, with the response. */
        public ApiResponse<Page<Udf>> listVersions(String functionName) {
            return org.send(UdfEndpoints.LIST_VERSIONS, functionName);
        }

        /** {@link Udfs#listVersions(String, UdfListParams)}, with the response. */
        public ApiResponse<Page<Udf>> listVersions(String functionName, UdfListParams params) {
            return org.send(paged(org.call(UdfEndpoints.LIST_VERSIONS, functionName), params));
        }

        /** {@link Udfs#deleteVersion(String, int)}, with the response. */
        public ApiResponse<Void> deleteVersion(String functionName, int version) {
            return org.send(UdfEndpoints.DELETE_VERSION, functionName, version(version));
        }

        /** {@link Udfs#listAttachments(String)}, with the response. */
        public ApiResponse<Page<UdfAttachment>> listAttachments(String functionName) {
            return org.send(UdfEndpoints.LIST_ATTACHMENTS, functionName);
        }

        /** {@link Udfs#listAttachments(String, UdfListParams)}, with the response. */
        public ApiResponse<Page<UdfAttachment>> listAttachments(String functionName, UdfListParams params) {
            return org.send(paged(org.call(UdfEndpoints.LIST_ATTACHMENTS, functionName), params));
        }

        /** {@link Udfs#attach(String, String)}, with the response. */
        public ApiResponse<UdfAttachment> attach(String functionName, String serviceId) {
            return org.sendWith(UdfEndpoints.ATTACH, Map.of(), functionName, serviceId);
        }

        /** {@link Udfs#attach(String, String, int)}, with the response. */
        public ApiResponse<UdfAttachment> attach(String functionName, String serviceId, int version) {
            version(version);
            return org.sendWith(UdfEndpoints.ATTACH, Map.of("version", version), functionName, serviceId);
        }

        /** {@link Udfs#getAttachment(String, String)}, with the response. */
        public ApiResponse<UdfAttachment> getAttachment(String functionName, String serviceId) {
            return org.send(UdfEndpoints.GET_ATTACHMENT, functionName, serviceId);
        }

        /** {@link Udfs#detach(String, String)}, with the response. */
        public ApiResponse<Void> detach(String functionName, String serviceId) {
            return org.send(UdfEndpoints.DETACH, functionName, serviceId);
        }

        private static <T> Endpoint.Call<T> paged(Endpoint.Call<T> call, UdfListParams params) {
            requireNonNull(params, "params == null");
            return call.query("limit", params.limit().orElse(null))
                    .query("cursor", params.cursor().orElse(null));
        }

        private static String version(int version) {
            if (version < 1) {
                throw new IllegalArgumentException("version must be > 0 but is " + version);
            }
            return Integer.toString(version);
        }
    }
}
