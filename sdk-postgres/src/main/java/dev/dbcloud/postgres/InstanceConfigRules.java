package dev.dbcloud.postgres;

/**
 * The rules of {@link InstanceConfig}: what {@code InstanceConfigAttributes} does not say about it. The
 * generated {@code InstanceConfigDef} carries its annotations.
 */
abstract class InstanceConfigRules extends InstanceConfigAttributes {

    /**
     * Parameters with both sections of this configuration set (an empty section as empty), to send it back
     * changed, for example with {@link Instances#replaceConfig(String, ConfigParams)}.
     *
     * <pre>{@code
     * InstanceConfig current = pg.instances().config(id);
     * pg.instances().replaceConfig(otherId, current.toParams());
     * }</pre>
     *
     * @return the parameters
     */
    public ConfigParams toParams() {
        return ConfigParams.builder()
                .pgConfig(pgConfig())
                .pgBouncerConfig(pgBouncerConfig())
                .build();
    }
}
