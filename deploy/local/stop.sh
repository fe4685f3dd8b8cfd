#!/usr/bin/env bash
# Stops exactly the processes deploy/local/start.sh recorded: dashboards, then silos, then Redis. Each gets
# SIGTERM, then SIGKILL after STOP_TIMEOUT seconds (default 30). A pid that is no longer the process we
# started (it exited, or the pid was reused) is left alone and only its pid file is removed.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

forget() { rm -f "$(pid_file "$1")" "$(marker_file "$1")"; }

# stop_group NAME...: SIGTERM to all of them at once, then wait for each (SIGKILL at the deadline).
stop_group() {
  local name pid deadline pids=() names=()
  for name in "$@"; do
    if pid="$(live_pid "$name")"; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
      names+=("$name")
    else
      echo "$name: not running (pid file removed)"
      forget "$name"
    fi
  done
  deadline=$((SECONDS + STOP_TIMEOUT))
  for i in "${!names[@]}"; do
    name="${names[$i]}"
    pid="${pids[$i]}"
    while live_pid "$name" >/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    if live_pid "$name" >/dev/null; then
      echo "$name: pid $pid did not stop within ${STOP_TIMEOUT}s; SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      deadline=$((SECONDS + 10))
      while live_pid "$name" >/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
    else
      echo "$name: pid $pid stopped"
    fi
    forget "$name"
  done
}

mapfile -t names < <(recorded_names)
if [ ${#names[@]} -eq 0 ]; then
  echo "Nothing recorded in ${RUN_DIR#"$REPO_DIR/"}; the local cluster is not running."
  exit 0
fi
for kind in dashboard silo redis; do
  group=()
  for name in "${names[@]}"; do [[ "$name" == "$kind"* ]] && group+=("$name"); done
  if [ ${#group[@]} -gt 0 ]; then stop_group "${group[@]}"; fi
done
rm -f "$RUN_DIR/processes.tsv"
echo "Stopped. Logs stay in ${LOG_DIR#"$REPO_DIR/"}; Redis data in ${RUN_DIR#"$REPO_DIR/"}/redis (FRESH=1 start.sh forgets it)."
