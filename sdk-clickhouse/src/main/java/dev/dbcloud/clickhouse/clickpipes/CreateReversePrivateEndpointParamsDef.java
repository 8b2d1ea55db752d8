package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a reverse private endpoint creation (wire schema {@code CreateReversePrivateEndpoint}). Which
 * fields a type needs: {@code VPC_ENDPOINT_SERVICE} the endpoint service name; {@code VPC_RESOURCE} the resource
 * configuration id and resource share ARN; {@code MSK_MULTI_VPC} the cluster ARN and authentication; {@code
 * GCP_PSC_SERVICE_ATTACHMENT} the service attachment.
 *
 * <pre>{@code
 * ch.clickPipes(serviceId).reversePrivateEndpoints().create(CreateReversePrivateEndpointParams.builder()
 *     .description("orders Kafka")
 *     .type(ReversePrivateEndpointType.VPC_ENDPOINT_SERVICE)
 *     .vpcEndpointServiceName("com.amazonaws.vpce.us-east-1.vpce-svc-12345678901234567")
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CreateReversePrivateEndpointParams.class)
@JsonDeserialize(as = CreateReversePrivateEndpointParams.class)
abstract class CreateReversePrivateEndpointParamsDef implements ReversePrivateEndpointTarget {
    /**
     * The description, at most 255 characters (wire {@code description}).
     *
     * @return the value
     */
    abstract String description();

    /**
     * The kind of endpoint (wire {@code type}).
     *
     * @return the value
     */
    abstract ReversePrivateEndpointType type();

    /**
     * The spec's rules: a description of at most 255 characters; {@code VPC_RESOURCE} needs {@code
     * vpcResourceConfigurationId} and {@code vpcResourceShareArn}; {@code MSK_MULTI_VPC} needs {@code mskClusterArn}
     * and {@code mskAuthentication} and takes no custom private DNS names; {@code GCP_PSC_SERVICE_ATTACHMENT} needs
     * {@code gcpServiceAttachment}.
     */
    @Value.Check
    void check() {
        if (description().length() > 255) {
            throw new IllegalArgumentException("description must be at most 255 characters but has "
                    + description().length());
        }
        if (type().equals(ReversePrivateEndpointType.VPC_RESOURCE)) {
            required(vpcResourceConfigurationId(), "vpcResourceConfigurationId");
            required(vpcResourceShareArn(), "vpcResourceShareArn");
        } else if (type().equals(ReversePrivateEndpointType.MSK_MULTI_VPC)) {
            required(mskClusterArn(), "mskClusterArn");
            required(mskAuthentication(), "mskAuthentication");
            if (!customPrivateDnsMappings().isEmpty()) {
                throw new IllegalArgumentException("customPrivateDnsMappings are not supported for type MSK_MULTI_VPC");
            }
        } else if (type().equals(ReversePrivateEndpointType.GCP_PSC_SERVICE_ATTACHMENT)) {
            required(gcpServiceAttachment(), "gcpServiceAttachment");
        }
    }

    private void required(Optional<?> value, String field) {
        if (value.isEmpty() || value.get().toString().isBlank()) {
            throw new IllegalArgumentException(field + " is required for type " + type().value());
        }
    }
}
