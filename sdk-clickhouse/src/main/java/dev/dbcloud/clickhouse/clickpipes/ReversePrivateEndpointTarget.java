package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * What a reverse private endpoint connects to, one group of fields per {@link ReversePrivateEndpointType}, and the
 * custom DNS names it answers to: {@link CreateReversePrivateEndpointParams} and {@link ReversePrivateEndpoint}
 * carry these fields under the same wire names.
 */
interface ReversePrivateEndpointTarget {
    /**
     * The VPC endpoint service name ({@code VPC_ENDPOINT_SERVICE}) (wire {@code vpcEndpointServiceName}).
     *
     * @return the value
     */
    Optional<String> vpcEndpointServiceName();

    /**
     * The VPC resource configuration id ({@code VPC_RESOURCE}) (wire {@code vpcResourceConfigurationId}).
     *
     * @return the value
     */
    Optional<String> vpcResourceConfigurationId();

    /**
     * The VPC resource share ARN ({@code VPC_RESOURCE}) (wire {@code vpcResourceShareArn}).
     *
     * @return the value
     */
    Optional<String> vpcResourceShareArn();

    /**
     * The MSK cluster ARN ({@code MSK_MULTI_VPC}) (wire {@code mskClusterArn}).
     *
     * @return the value
     */
    Optional<String> mskClusterArn();

    /**
     * The MSK authentication ({@code MSK_MULTI_VPC}) (wire {@code mskAuthentication}).
     *
     * @return the value
     */
    Optional<MskAuthentication> mskAuthentication();

    /**
     * The GCP Private Service Connect service attachment ({@code GCP_PSC_SERVICE_ATTACHMENT}), {@code
     * projects/{p}/regions/{r}/serviceAttachments/{n}} (wire {@code gcpServiceAttachment}).
     *
     * @return the value
     */
    Optional<String> gcpServiceAttachment();

    /**
     * The custom private DNS names (wire {@code customPrivateDnsMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<CustomPrivateDnsMapping> customPrivateDnsMappings();
}
