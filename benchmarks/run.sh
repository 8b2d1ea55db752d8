#!/usr/bin/env bash
# Builds the SDK and the benchmarks, runs the suite (about 6 minutes on 2 cores, plus the build) and prints the SDK/raw table.
#
#   benchmarks/run.sh                     # everything, from the repository root or anywhere
#   benchmarks/run.sh percall throughput  # only these parts (percall alloc throughput pager coldstart),
#                                         # keeping the other parts' results
#
# Results (JMH JSON, the pager's heap samples, cold start) are left in benchmarks/results/. Every build and every
# measurement holds the lock file $DBCLOUD_BENCH_LOCK (default /tmp/dbcloud-mvn.lock) while it runs, so that on a
# shared machine no build runs during a measurement. Set SKIP_BUILD=1 to reuse the last build.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lock=${DBCLOUD_BENCH_LOCK:-/tmp/dbcloud-mvn.lock}
results="$here/results"

# Runs a command under the lock when flock exists (Linux), as is otherwise.
locked() {
  if command -v flock >/dev/null 2>&1; then
    flock "$lock" "$@"
  else
    "$@"
  fi
}

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  echo "=== Building the SDK and the benchmarks (no tests, no checks)"
  (cd "$root" && locked mvn -B -q --no-transfer-progress -pl benchmarks -am package \
    -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true -Denforcer.skip=true)
fi

cd "$here"
if (($# == 0)); then
  set -- percall alloc throughput pager coldstart
  rm -rf "$results"
fi
mkdir -p "$results"
jar=target/benchmarks.jar
jmh=(-foe true -rf json)

if [[ " $* " == *" percall "* ]]; then
  echo "=== Time per call: SDK and raw in one fork, side by side (8 groups)"
  locked java -jar "$jar" 'dev.dbcloud.benchmarks.PerCall' "${jmh[@]}" -f 1 -wi 6 -w 1s -i 6 -r 1s \
    -rff "$results/percall.json"
fi

if [[ " $* " == *" alloc "* ]]; then
  echo "=== Bytes per call (-prof gc), one benchmark per side (16)"
  locked java -jar "$jar" 'dev.dbcloud.benchmarks.Allocation' "${jmh[@]}" -prof gc -f 1 -wi 2 -w 1s -i 3 -r 1s \
    -rff "$results/alloc.json"
fi

if [[ " $* " == *" throughput "* ]]; then
  for threads in 1 8 64; do
    echo "=== Throughput with $threads thread(s) a side on one client"
    locked java -jar "$jar" 'dev.dbcloud.benchmarks.Throughput' "${jmh[@]}" -f 1 -wi 5 -w 1s -i 5 -r 1s \
      -tg "$threads,$threads" -rff "$results/throughput-$threads.json"
  done
fi

if [[ " $* " == *" pager "* ]]; then
  echo "=== Auto-pager walk over 100,000 Crunchy clusters (-prof gc, retained heap)"
  locked java -jar "$jar" 'dev.dbcloud.benchmarks.Pager' "${jmh[@]}" -prof gc -f 1 -wi 1 -i 3 \
    -jvmArgsAppend "-Ddbcloud.bench.heap=$results/pager-heap" -rff "$results/pager.json"
fi

if [[ " $* " == *" coldstart "* ]]; then
  echo "=== Cold start: fresh JVMs, SDK and raw alternating"
  locked java -cp "$jar" dev.dbcloud.benchmarks.ColdStart "$results/coldstart.json" 10
fi

echo
echo "=== SDK/raw ($(java -version 2>&1 | head -1), $(nproc 2>/dev/null || echo '?') cores)"
java -cp "$jar" dev.dbcloud.benchmarks.RatioTable "$results"
