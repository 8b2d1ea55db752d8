/**
 * A typed client for Tinybird's Organizations API: the dedicated ClickHouse clusters of a Tinybird organization,
 * their replicas and traffic weights.
 *
 * <pre>{@code
 * try (TinybirdClient tb = TinybirdClient.builder()
 *         .region(Region.AWS_EU_WEST_1)                 // or .baseUrl("https://…") for any host
 *         .credentials(Credentials.bearer(userToken))   // or Credentials.queryToken(userToken)
 *         .build()) {                                   // or TinybirdClient.fromEnv()
 *     Clusters clusters = tb.organization(orgId).clusters();
 *     Cluster c = clusters.get(clusterId);
 *     clusters.rebalance(clusterId, Weights.builder()
 *             .weight(ClusterRole.WRITER, "replica-1", 50)
 *             .weight(ClusterRole.WRITER, "replica-2", 50)
 *             .build());                               // sends the current weights as old_weights
 *     clusters.waitUntilIdle(clusterId, Duration.ofMinutes(30));
 * }
 * }</pre>
 *
 * <p>Builders refuse nonsense when {@code build()} is called, before anything is sent: a required attribute left
 * unset throws {@link java.lang.IllegalArgumentException} naming the missing attributes (e.g. {@code
 * UpdateWeightsParams} without {@code oldWeights}); a broken rule throws {@link java.lang.IllegalArgumentException}
 * naming the field and the rule (new weights of a removal that still mention the removed replica); a weight
 * outside 0..65535 is refused by the builder method that sets it, with the same exception.
 *
 * <p>Start at {@link dev.dbcloud.clickhouse.tinybird.TinybirdClient}. Every call goes to the region's API host
 * ({@link dev.dbcloud.clickhouse.tinybird.Region}); failures are the unchecked exceptions of {@link
 * dev.dbcloud.core.errors}. Every parameter and return value in this package is non-null unless documented
 * otherwise; absence is expressed with {@link java.util.Optional}. {@code dev.dbcloud.clickhouse.tinybird.internal}
 * is implementation detail: do not use it.
 *
 * <p><b>Reading and refusing follow the vendor, not more.</b> A field of a response model is required only when
 * the SDK cannot do its job without it: the resource's id and what the replica and weight workflows read. Everything else is optional (or a
 * list or map that reads as empty whether the API leaves it out or sends null), whatever the spec's {@code required} list says, because published examples, older API
 * versions and sparse list items leave fields out; unknown fields are ignored and unknown enum values kept. A request
 * is refused before sending only for what the spec's {@code required} lists, the vendor's documentation or the
 * observed behaviour in the SDK's API reference notes require; each rule's Javadoc names its source.
 */
package dev.dbcloud.clickhouse.tinybird;
