#!/usr/bin/env bash
# What deploy/local/start.sh started and whether each process is alive and ready.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

table="$RUN_DIR/processes.tsv"
if [ ! -f "$table" ]; then
  echo "The local cluster is not running (no ${table#"$REPO_DIR/"})."
  exit 3
fi
down=0
printf '%-12s %-8s %-26s %-8s %s\n' NAME PID URL STATE READY
while IFS=$'\t' read -r name pid url _ _; do
  state=dead ready=-
  if live_pid "$name" >/dev/null; then
    state=alive
    if [ "$name" = redis ]; then
      if [ "$(redis-cli -h 127.0.0.1 -p "${url##*:}" ping 2>/dev/null)" = PONG ]; then ready=PONG; else ready=no; fi
    else
      ready="$(ready_path "$url")" || ready=no
    fi
  fi
  if [ "$state" != alive ] || [ "$ready" = no ]; then down=$((down + 1)); fi
  printf '%-12s %-8s %-26s %-8s %s\n' "$name" "$pid" "$url" "$state" "$ready"
done <"$table"
[ "$down" -eq 0 ] || { echo "$down process(es) dead or not ready; logs in ${LOG_DIR#"$REPO_DIR/"}"; exit 1; }
