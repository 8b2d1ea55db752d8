/**
 * JMH benchmarks comparing the SDK with a bare OkHttp client and Jackson decoding into the SDK's own models,
 * against {@link dev.dbcloud.benchmarks.CannedServer}, a loopback server answering canned bytes. Not published;
 * {@code benchmarks/run.sh} builds and runs them and prints the SDK/raw table.
 */
package dev.dbcloud.benchmarks;
