package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reverse private endpoint (wire schema {@code ReversePrivateEndpoint}): a private connection from ClickPipes
 * to a source in the customer's network.
 *
 * <pre>{@code
 * ReversePrivateEndpoint endpoint = ch.clickPipes(serviceId).reversePrivateEndpoints().get(endpointId);
 * if (endpoint.status() == ReversePrivateEndpointStatus.READY) { … endpoint.dnsNames() … }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ReversePrivateEndpoint.class)
@JsonDeserialize(as = ReversePrivateEndpoint.class)
abstract class ReversePrivateEndpointDef {
    /**
     * The endpoint id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The service the endpoint belongs to (wire {@code serviceId}).
     *
     * @return the value
     */
    abstract Optional<String> serviceId();

    /**
     * The description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The kind of endpoint (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<ReversePrivateEndpointType> type();

    /**
     * The VPC endpoint service name (wire {@code vpcEndpointServiceName}).
     *
     * @return the value
     */
    abstract Optional<String> vpcEndpointServiceName();

    /**
     * The VPC resource configuration id ({@code VPC_RESOURCE}) (wire {@code vpcResourceConfigurationId}).
     *
     * @return the value
     */
    abstract Optional<String> vpcResourceConfigurationId();

    /**
     * The VPC resource share ARN ({@code VPC_RESOURCE}) (wire {@code vpcResourceShareArn}).
     *
     * @return the value
     */
    abstract Optional<String> vpcResourceShareArn();

    /**
     * The MSK cluster ARN ({@code MSK_MULTI_VPC}) (wire {@code mskClusterArn}).
     *
     * @return the value
     */
    abstract Optional<String> mskClusterArn();

    /**
     * The MSK authentication ({@code MSK_MULTI_VPC}) (wire {@code mskAuthentication}).
     *
     * @return the value
     */
    abstract Optional<MskAuthentication> mskAuthentication();

    /**
     * The GCP Private Service Connect service attachment ({@code GCP_PSC_SERVICE_ATTACHMENT}) (wire {@code
     * gcpServiceAttachment}).
     *
     * @return the value
     */
    abstract Optional<String> gcpServiceAttachment();

    /**
     * The custom private DNS names (wire {@code customPrivateDnsMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<CustomPrivateDnsMapping> customPrivateDnsMappings();

    /**
     * The cloud provider's endpoint id (wire {@code endpointId}).
     *
     * @return the value
     */
    abstract Optional<String> endpointId();

    /**
     * The internal DNS names (wire {@code dnsNames}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> dnsNames();

    /**
     * The private DNS names (wire {@code privateDnsNames}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> privateDnsNames();

    /**
     * The status (wire {@code status}).
     *
     * @return the value
     */
    abstract Optional<ReversePrivateEndpointStatus> status();
}
