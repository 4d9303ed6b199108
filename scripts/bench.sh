#!/usr/bin/env bash
# CarePulse benchmarks (docs/BENCHMARKS.md).
#   scripts/bench.sh [--mentions N] [--record docs/BENCHMARKS.md] ...
#       the pipeline benchmark: synthetic mentions through the real job into the local
#       Elasticsearch, with the references (stages alone, plain _bulk loop vs our sink);
#       all options: scripts/bench.sh --help
#   scripts/bench.sh jmh [JMH options, e.g. sentiment or -f 2]
#       JMH microbenchmarks of each stage, with the allocation profiler
set -euo pipefail
readonly HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ "${1:-}" == "jmh" ]]; then
  shift
  cd "$HOME_DIR"
  echo "bench.sh: compiling the benchmarks" >&2
  mvn -B -q -ntp -pl jobs -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$HOME_DIR/jobs/target/jmh.classpath" >&2
  java_cmd=java
  [[ -n "${JAVA_HOME:-}" ]] && java_cmd="$JAVA_HOME/bin/java"
  exec "$java_cmd" -cp "jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/jmh.classpath)" \
    -Dcarepulse.watchlist="$HOME_DIR/config/watchlist.yaml" \
    org.openjdk.jmh.Main -prof gc -jvmArgsAppend "-Dcarepulse.watchlist=$HOME_DIR/config/watchlist.yaml" "$@"
fi

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  echo
fi
exec "$HOME_DIR/scripts/carepulse" bench "$@"
