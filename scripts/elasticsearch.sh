#!/usr/bin/env bash
# The single way to run a local Elasticsearch node for CarePulse (the CLI's embedded default
# and the integration tests both go through here).
#
#   scripts/elasticsearch.sh start|stop|status
#
# Environment:
#   ES_PORT        HTTP port (default 9200); the node binds to 127.0.0.1 only
#   ES_HOME_DIR    this node's config, data, logs and pid file
#                  (default: .run/elasticsearch-$ES_PORT in the project; /var/lib/carepulse/... as root)
#   ES_DIST_DIR    where the distribution is unpacked once (default: beside ES_HOME_DIR's parent, dist/)
#   ES_VERSION     Elasticsearch version (default 9.5.0)
#   ES_HEAP        JVM heap of the node (default 1g)
#   ES_JAVA_HOME   a JDK >= 21 to run it with (default: the newest one found on this machine)
#   ES_USER        unprivileged user used when invoked as root (default carepulse-es; created if missing)
#   ES_START_TIMEOUT seconds to wait for yellow health (default 180)
set -euo pipefail

readonly PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ES_VERSION="${ES_VERSION:-9.5.0}"
readonly ES_PORT="${ES_PORT:-9200}"
readonly ES_HEAP="${ES_HEAP:-1g}"
readonly ES_USER="${ES_USER:-carepulse-es}"
readonly ES_START_TIMEOUT="${ES_START_TIMEOUT:-180}"
readonly ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"

if [[ $EUID -eq 0 ]]; then
  # Elasticsearch refuses to run as root; its folders must be reachable by ES_USER, and a
  # home directory such as /root usually is not.
  default_base=/var/lib/carepulse
else
  default_base="$PROJECT_DIR/.run"
fi
readonly ES_HOME_DIR="${ES_HOME_DIR:-$default_base/elasticsearch-$ES_PORT}"
readonly ES_DIST_DIR="${ES_DIST_DIR:-$default_base/dist/elasticsearch-$ES_VERSION}"
readonly PID_FILE="$ES_HOME_DIR/elasticsearch.pid"
readonly LOG_DIR="$ES_HOME_DIR/logs"
readonly URL="http://127.0.0.1:$ES_PORT"

say() { echo "elasticsearch.sh: $*" >&2; }
die() { say "error: $*"; exit 1; }

java_major() { # prints the major version of the JDK at $1, or nothing
  local release="$1/release" v
  [[ -x "$1/bin/java" ]] || return 0
  if [[ -f "$release" ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "$v"
}

find_jdk() { # a JDK >= 21: ES_JAVA_HOME if given, else the newest under the usual places
  if [[ -n "${ES_JAVA_HOME:-}" ]]; then
    local v; v=$(java_major "$ES_JAVA_HOME")
    [[ -n "$v" && "$v" -ge 21 ]] || die "ES_JAVA_HOME=$ES_JAVA_HOME is not a JDK >= 21 (found: ${v:-none})"
    echo "$ES_JAVA_HOME"; return
  fi
  local best="" best_v=0 d v
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [[ -n "$d" && -d "$d" ]] || continue
    v=$(java_major "$d")
    if [[ -n "$v" && "$v" -ge 21 && "$v" -gt "$best_v" ]]; then best="$d"; best_v="$v"; fi
  done
  [[ -n "$best" ]] || die "Elasticsearch $ES_VERSION needs a JDK >= 21 and none was found (looked in \$JAVA_HOME, /usr/lib/jvm, /opt/java). Install one or set ES_JAVA_HOME."
  echo "$best"
}

ensure_distribution() { # resolves the zip through Maven and unpacks it once
  [[ -x "$ES_DIST_DIR/bin/elasticsearch" ]] && return
  command -v mvn >/dev/null || die "Maven (mvn) is needed to download $ARTIFACT"
  local tmp; tmp=$(mktemp -d)
  say "downloading $ARTIFACT through Maven"
  mvn -B -q dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$tmp" >&2 \
    || die "could not resolve $ARTIFACT from Maven"
  mkdir -p "$(dirname "$ES_DIST_DIR")"
  local unpack="$ES_DIST_DIR.partial"
  rm -rf "$unpack" && mkdir -p "$unpack"
  unzip -q "$tmp/elasticsearch-$ES_VERSION.zip" -d "$unpack" || die "could not unpack the distribution"
  mv "$unpack/elasticsearch-$ES_VERSION" "$ES_DIST_DIR"
  rm -rf "$unpack" "$tmp"
  chmod -R a+rX "$ES_DIST_DIR"
  say "unpacked Elasticsearch $ES_VERSION into $ES_DIST_DIR"
}

ensure_user() {
  id -u "$ES_USER" >/dev/null 2>&1 && return
  say "creating system user $ES_USER to run Elasticsearch (it refuses to run as root)"
  useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER" \
    || die "could not create system user $ES_USER"
}

as_es_user() {
  if [[ $EUID -eq 0 ]]; then runuser -u "$ES_USER" -- "$@"; else "$@"; fi
}

running_pid() { # the recorded pid, if that process is still this node
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid=$(cat "$PID_FILE" 2>/dev/null || true)
  [[ -n "$pid" && -d "/proc/$pid" ]] || return 1
  grep -q "org.elasticsearch" "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

health() { curl -fsS --max-time 5 "$URL/_cluster/health" 2>/dev/null; }

write_config() {
  local conf="$ES_HOME_DIR/config"
  if [[ ! -f "$conf/jvm.options" ]]; then
    mkdir -p "$conf"
    cp -r "$ES_DIST_DIR/config/." "$conf/"
  fi
  cat > "$conf/elasticsearch.yml" <<EOF
# written by scripts/elasticsearch.sh: a local single-node cluster for CarePulse
cluster.name: carepulse-local
node.name: carepulse-$ES_PORT
path.data: $ES_HOME_DIR/data
path.logs: $LOG_DIR
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: 9300-9399
discovery.type: single-node
xpack.security.enabled: false
# a laptop's disk is often fuller than a server's; the local node must not go read-only
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  mkdir -p "$ES_HOME_DIR/data" "$LOG_DIR"
}

cmd_start() {
  local pid
  if pid=$(running_pid); then
    say "already running (pid $pid) on $URL"
    cmd_status
    return
  fi
  if curl -s --max-time 2 "$URL" >/dev/null 2>&1; then
    die "port $ES_PORT is already in use by another process; set ES_PORT to a free port"
  fi
  local jdk; jdk=$(find_jdk)
  ensure_distribution
  mkdir -p "$ES_HOME_DIR"
  write_config
  rm -f "$PID_FILE"
  if [[ $EUID -eq 0 ]]; then
    ensure_user
    chown -R "$ES_USER" "$ES_HOME_DIR"
    runuser -u "$ES_USER" -- test -w "$ES_HOME_DIR" -a -r "$ES_DIST_DIR/bin/elasticsearch" \
      || die "user $ES_USER cannot reach $ES_HOME_DIR or $ES_DIST_DIR (a parent folder is not traversable); set ES_HOME_DIR and ES_DIST_DIR under /var/lib or /tmp"
  fi
  say "starting Elasticsearch $ES_VERSION on $URL with $jdk (heap $ES_HEAP, home $ES_HOME_DIR)"
  as_es_user env ES_PATH_CONF="$ES_HOME_DIR/config" ES_JAVA_HOME="$jdk" \
    ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${ES_EXTRA_JAVA_OPTS:-}" \
    "$ES_DIST_DIR/bin/elasticsearch" -d -p "$PID_FILE" \
    > "$LOG_DIR/startup.log" 2>&1 \
    || { tail -n 40 "$LOG_DIR/startup.log" >&2; die "Elasticsearch did not start; see $LOG_DIR"; }

  local deadline=$((SECONDS + ES_START_TIMEOUT))
  until curl -fsS --max-time 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1; do
    if ! running_pid >/dev/null; then
      tail -n 40 "$LOG_DIR/carepulse-local.log" >&2 2>/dev/null || true
      die "Elasticsearch exited during start-up; see $LOG_DIR/carepulse-local.log"
    fi
    [[ $SECONDS -lt $deadline ]] || die "Elasticsearch not healthy after ${ES_START_TIMEOUT}s; see $LOG_DIR/carepulse-local.log"
    sleep 1
  done
  pid=$(running_pid) || die "Elasticsearch answers on $URL but its pid file $PID_FILE is missing"
  echo "Elasticsearch $ES_VERSION running: url=$URL pid=$pid log=$LOG_DIR/carepulse-local.log home=$ES_HOME_DIR"
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    say "not running (no live pid in $PID_FILE)"
    rm -f "$PID_FILE"
    return
  fi
  say "stopping Elasticsearch pid $pid"
  kill -TERM "$pid"
  local deadline=$((SECONDS + 60))
  while [[ -d "/proc/$pid" && $SECONDS -lt $deadline ]]; do sleep 0.5; done
  if [[ -d "/proc/$pid" ]]; then
    say "pid $pid did not stop within 60s; killing it"
    kill -KILL "$pid" || true
  fi
  rm -f "$PID_FILE"
  echo "Elasticsearch stopped (pid $pid)"
}

cmd_status() {
  local pid h
  if ! pid=$(running_pid); then
    echo "Elasticsearch not running (home $ES_HOME_DIR)"
    return 3
  fi
  if h=$(health); then
    echo "Elasticsearch running: url=$URL pid=$pid log=$LOG_DIR/carepulse-local.log health=$h"
  else
    echo "Elasticsearch process $pid is up but $URL does not answer yet"
    return 1
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h|--help|help)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' ;;
  *)
    echo "usage: $0 start|stop|status   (see --help)" >&2; exit 2 ;;
esac
