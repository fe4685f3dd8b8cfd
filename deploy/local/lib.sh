# Shared by start.sh, stop.sh and status.sh: where things live and how a recorded pid is checked.
# Sourced, not run. Every setting can be overridden from the environment.
# shellcheck shell=bash

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck disable=SC2034 # used by the scripts that source this file
REPO_DIR="$(cd "$LOCAL_DIR/../.." && pwd)"
# RUN_DIR (pid files, logs, Redis data, the published build) may be moved, so a test's cluster never meets yours.
RUN_DIR="${RUN_DIR:-$LOCAL_DIR/run}"
LOG_DIR="$RUN_DIR/logs"

REDIS_PORT="${REDIS_PORT:-6380}"
CLUSTER_ID="${CLUSTER_ID:-contact-center}"
read -ra SILO_HTTP_PORTS <<<"${SILO_HTTP_PORTS:-5081 5082 5083}"
read -ra SILO_PORTS <<<"${SILO_PORTS:-11121 11122 11123}"
read -ra GATEWAY_PORTS <<<"${GATEWAY_PORTS:-30021 30022 30023}"
read -ra DASHBOARD_PORTS <<<"${DASHBOARD_PORTS:-5080 5090}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
STOP_TIMEOUT="${STOP_TIMEOUT:-30}"

# Names with a pid file, clients first and Redis last: the order to stop them in.
recorded_names() {
  local kind f
  for kind in dashboard silo redis; do
    for f in "$RUN_DIR"/"$kind"*.pid; do
      [ -e "$f" ] && basename "$f" .pid
    done
  done
  return 0
}

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }
# Words that /proc/PID/cmdline of the process we started must all contain: its program and its own port.
marker_file() { echo "$RUN_DIR/$1.marker"; }

# The recorded pid of NAME when that process is alive and is still the one we started; nothing otherwise.
live_pid() {
  local name="$1" pid marker word cmdline
  [ -f "$(pid_file "$name")" ] || return 1
  pid="$(cat "$(pid_file "$name")")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  marker="$(cat "$(marker_file "$name")" 2>/dev/null)" || return 1
  cmdline="$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline")" || return 1
  # A zombie has an empty cmdline; a reused pid has another one.
  [ -n "$marker" ] && [ -n "$cmdline" ] || return 1
  for word in $marker; do [[ "$cmdline" == *"$word"* ]] || return 1; done
  echo "$pid"
}

# Until the forked subshell has exec'd, /proc/PID/cmdline is this script's, so live_pid would take a
# starting process for a dead one. Wait (at most 10 s) until it is the command, or until it is gone.
# Used by start.sh right after each fork.
wait_exec() {
  local name="$1" pid deadline=$((SECONDS + 10))
  pid="$(cat "$(pid_file "$name")")"
  until live_pid "$name" >/dev/null; do
    # Gone, or a zombie (empty cmdline): wait_ready reports it with its log.
    [ -n "$(tr -d '\0' 2>/dev/null <"/proc/$pid/cmdline")" ] || return 0
    [ "$SECONDS" -lt "$deadline" ] || return 0
    sleep 0.05
  done
}

# HTTP status of a URL, 000 when nothing answers.
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true; }

# Prints the readiness path that answers 200 (/readyz, or /healthz while /readyz does not exist); fails otherwise.
ready_path() {
  local base="$1" code
  code="$(http_code "$base/readyz")"
  if [ "$code" = 200 ]; then echo /readyz; return 0; fi
  if [ "$code" = 404 ] && [ "$(http_code "$base/healthz")" = 200 ]; then echo /healthz; return 0; fi
  return 1
}

redis_ready() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }
