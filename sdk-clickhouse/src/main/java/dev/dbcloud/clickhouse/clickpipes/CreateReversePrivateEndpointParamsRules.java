package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateReversePrivateEndpointParams}: what {@code CreateReversePrivateEndpointParamsAttributes} does not say about it. The
 * generated {@code CreateReversePrivateEndpointParamsDef} carries its annotations.
 */
abstract class CreateReversePrivateEndpointParamsRules extends CreateReversePrivateEndpointParamsAttributes {

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
