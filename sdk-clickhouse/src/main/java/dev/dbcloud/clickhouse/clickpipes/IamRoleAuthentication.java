package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;

/**
 * How a Postgres or MySQL pipe authenticates to its server: with the password of its credentials ({@code basic})
 * or with an AWS IAM role ({@code IAM_ROLE}). Postgres and MySQL sources and MySQL source updates carry these
 * fields under the same wire names.
 */
interface IamRoleAuthentication {
    /**
     * How to authenticate ({@code basic} or {@code IAM_ROLE}) (wire {@code authentication}).
     *
     * @return the value
     */
    Optional<DatabaseAuthentication> authentication();

    /**
     * The IAM role ARN, with {@code IAM_ROLE} (wire {@code iamRole}).
     *
     * @return the value
     */
    Optional<String> iamRole();
}
