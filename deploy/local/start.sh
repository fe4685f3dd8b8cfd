#!/usr/bin/env bash
# Starts a real cluster on this machine's loopback: one Redis (append-only), three silos and two dashboards,
# each with its own ports, logs in deploy/local/run/logs and pid files in deploy/local/run. Waits until every
# process is ready and prints what runs where. Stop it with deploy/local/stop.sh.
#
#   DEMO=0            no demo traffic anywhere (default: silo-1 seeds the demo center and simulates traffic)
#   DEMO_PASSWORD     the dashboard users' password (default: demo)
#   REDIS_PORT        6380;  SILO_HTTP_PORTS "5081 5082 5083";  SILO_PORTS "11121 11122 11123"
#   GATEWAY_PORTS     "30021 30022 30023";  DASHBOARD_PORTS "5080 5090";  CLUSTER_ID contact-center
#                     (Orleans ports off the embedded defaults 11111/30000, so a `dotnet run` silo can run beside)
#   FRESH=1           forget the previous run's Redis data (membership, grain state, reminders)
#   NO_BUILD=1        reuse the last published build in APP_DIR (default deploy/local/run/app: silo/ and dashboard/)
#   RUN_DIR           where pid files, logs and Redis data go (default deploy/local/run)
#   READY_TIMEOUT     seconds to wait for every process to be ready (default 180)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DEMO="${DEMO:-1}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo}"
APP_DIR="${APP_DIR:-$RUN_DIR/app}"
SILO_DLL="ContactCenter.Silo.dll"
DASHBOARD_DLL="ContactCenter.Dashboard.dll"
STARTED=()

die() { echo "start.sh: $*" >&2; exit 1; }

# Stops whatever this run started, so a failed start leaves nothing behind (the logs stay).
cleanup_on_failure() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$rc" != 0 ] && [ ${#STARTED[@]} -gt 0 ]; then
    echo "start.sh: stopping what was started (${STARTED[*]}); logs stay in $LOG_DIR" >&2
    "$LOCAL_DIR/stop.sh" >&2 || true
  fi
  exit "$rc"
}

refuse_if_running() {
  local name pid running=()
  for name in $(recorded_names); do
    if pid="$(live_pid "$name")"; then running+=("$name (pid $pid)"); fi
  done
  if [ ${#running[@]} -gt 0 ]; then
    die "the local cluster is already running: ${running[*]}. Run deploy/local/stop.sh first."
  fi
  rm -f "$RUN_DIR"/*.pid "$RUN_DIR"/*.marker "$RUN_DIR/processes.tsv"
}

install_prerequisites() {
  command -v curl >/dev/null || die "curl is required."
  command -v dotnet >/dev/null || die "the .NET 10 SDK is required: https://dotnet.microsoft.com/download"
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing redis-server from Debian's packages..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends redis-server
  fi
}

check_ports_free() {
  local port busy=()
  for port in "$REDIS_PORT" "${SILO_HTTP_PORTS[@]}" "${SILO_PORTS[@]}" "${GATEWAY_PORTS[@]}" "${DASHBOARD_PORTS[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then busy+=("$port"); fi
  done
  [ ${#busy[@]} -eq 0 ] || die "port(s) ${busy[*]} on 127.0.0.1 are already in use; free them or choose others (see the top of this script)."
  if [ ${#SILO_PORTS[@]} -ne ${#SILO_HTTP_PORTS[@]} ] || [ ${#GATEWAY_PORTS[@]} -ne ${#SILO_HTTP_PORTS[@]} ]; then
    die "SILO_HTTP_PORTS, SILO_PORTS and GATEWAY_PORTS must list as many ports each."
  fi
}

# Published copies, so a rebuild in the working tree cannot pull assemblies from under running silos.
publish() {
  if [ "${NO_BUILD:-0}" = 1 ] && [ -f "$APP_DIR/silo/$SILO_DLL" ] && [ -f "$APP_DIR/dashboard/$DASHBOARD_DLL" ]; then return; fi
  local log="$LOG_DIR/build.log" project
  echo "Building silo and dashboard (Release); output in $log"
  : >"$log"
  for project in silo/ContactCenter.Silo.csproj dashboard/ContactCenter.Dashboard.csproj; do
    local name; name="$(basename "$(dirname "$project")")"
    if ! dotnet publish "$REPO_DIR/$project" -c Release -o "$APP_DIR/$name" -nologo >>"$log" 2>&1; then
      tail -n 30 "$log" >&2
      die "the build of $project failed; the full output is in $log."
    fi
  done
}

# start_process NAME MARKER DIR COMMAND...: runs COMMAND in DIR in its own session, recording pid and marker.
start_process() {
  local name="$1" marker="$2" dir="$3" log
  shift 3
  log="$(log_file "$name")"
  [ -f "$log" ] && mv -f "$log" "$log.1"
  # exec all the way down (setsid, env, dotnet): the recorded pid is the process itself.
  (cd "$dir" && exec setsid "$@" >"$log" 2>&1 </dev/null) &
  echo "$!" >"$(pid_file "$name")"
  echo "$marker" >"$(marker_file "$name")"
  STARTED+=("$name")
  wait_exec "$name"
}


fail_process() {
  local name="$1" why="$2" log
  log="$(log_file "$name")"
  echo "start.sh: $name $why. Last lines of $log:" >&2
  tail -n 40 "$log" >&2 || true
  exit 1
}

declare -A READY_PATH
# wait_ready NAME...: until each answers (Redis: PING; others: /readyz or /healthz), or the timeout.
wait_ready() {
  local deadline=$((SECONDS + READY_TIMEOUT)) pending=("$@") name still path
  while [ ${#pending[@]} -gt 0 ]; do
    still=()
    for name in "${pending[@]}"; do
      live_pid "$name" >/dev/null || fail_process "$name" "exited before it was ready"
      if [ "$name" = redis ]; then
        if redis_ready; then READY_PATH[$name]="PING"; else still+=("$name"); fi
      elif path="$(ready_path "$(http_url "$name")")"; then
        READY_PATH[$name]="$path"
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    [ ${#pending[@]} -eq 0 ] && break
    [ "$SECONDS" -lt "$deadline" ] || fail_process "${pending[0]}" "was not ready after ${READY_TIMEOUT}s (still waiting for: ${pending[*]})"
    sleep 1
  done
}

declare -A URL PORTS
http_url() { echo "${URL[$1]}"; }

start_redis() {
  mkdir -p "$RUN_DIR/redis"
  [ "${FRESH:-0}" = 1 ] && rm -f "$RUN_DIR"/redis/*.rdb && rm -rf "$RUN_DIR"/redis/appendonlydir
  URL[redis]="redis://127.0.0.1:$REDIS_PORT"
  PORTS[redis]="$REDIS_PORT"
  start_process redis "redis-server $REDIS_PORT" "$RUN_DIR/redis" \
    "$(command -v redis-server)" --bind 127.0.0.1 --port "$REDIS_PORT" --protected-mode yes \
    --appendonly yes --dir "$RUN_DIR/redis" --daemonize no
  wait_ready redis
}

start_silos() {
  local i name simulate
  for i in "${!SILO_HTTP_PORTS[@]}"; do
    name="silo-$((i + 1))"
    simulate=false
    [ "$i" = 0 ] && [ "$DEMO" != 0 ] && simulate=true
    URL[$name]="http://127.0.0.1:${SILO_HTTP_PORTS[$i]}"
    PORTS[$name]="http ${SILO_HTTP_PORTS[$i]}, silo ${SILO_PORTS[$i]}, gateway ${GATEWAY_PORTS[$i]}"
    start_process "$name" "$SILO_DLL ${URL[$name]}" "$APP_DIR/silo" env \
      "Redis__ConnectionString=127.0.0.1:$REDIS_PORT" "Orleans__ClusterId=$CLUSTER_ID" \
      "Orleans__AdvertisedIP=127.0.0.1" "Orleans__SiloPort=${SILO_PORTS[$i]}" "Orleans__GatewayPort=${GATEWAY_PORTS[$i]}" \
      "Simulation__Enabled=$simulate" dotnet "$SILO_DLL" --urls "${URL[$name]}"
  done
  # shellcheck disable=SC2046 # names have no spaces
  wait_ready $(for i in "${!SILO_HTTP_PORTS[@]}"; do echo "silo-$((i + 1))"; done)
}

# The embedded demo's users (dashboard/Auth/DemoUsers.cs), from configuration with hashed passwords.
# Its agent users are the demo center's last three agents, which the simulator leaves to their consoles.
DEMO_USERS=("supervisor:Supervisor" "admin:Admin,Supervisor" "analyst:Analyst" "agent-062:Agent" "agent-063:Agent" "agent-064:Agent")
user_settings() {
  local i=0 entry user roles role j hash
  for entry in "${DEMO_USERS[@]}"; do
    user="${entry%%:*}"
    roles="${entry#*:}"
    hash="$(cd "$APP_DIR/dashboard" && dotnet "$DASHBOARD_DLL" hash-password "$DEMO_PASSWORD")"
    echo "Users__${i}__Name=$user"
    echo "Users__${i}__PasswordHash=$hash"
    j=0
    for role in ${roles//,/ }; do echo "Users__${i}__Roles__${j}=$role"; j=$((j + 1)); done
    [[ "$roles" == Agent ]] && echo "Users__${i}__AgentId=$user"
    i=$((i + 1))
  done
}

start_dashboards() {
  local i name users=()
  mapfile -t users < <(user_settings)
  for i in "${!DASHBOARD_PORTS[@]}"; do
    name="dashboard-$((i + 1))"
    URL[$name]="http://127.0.0.1:${DASHBOARD_PORTS[$i]}"
    PORTS[$name]="http ${DASHBOARD_PORTS[$i]}"
    start_process "$name" "$DASHBOARD_DLL ${URL[$name]}" "$APP_DIR/dashboard" env \
      "Redis__ConnectionString=127.0.0.1:$REDIS_PORT" "Orleans__ClusterId=$CLUSTER_ID" "${users[@]}" \
      dotnet "$DASHBOARD_DLL" --urls "${URL[$name]}"
  done
  # shellcheck disable=SC2046 # names have no spaces
  wait_ready $(for i in "${!DASHBOARD_PORTS[@]}"; do echo "dashboard-$((i + 1))"; done)
}

print_table() {
  local name pid table="$RUN_DIR/processes.tsv"
  : >"$table"
  printf '\n%-12s %-8s %-26s %-40s %-9s %s\n' NAME PID URL PORTS READY LOG
  for name in "${STARTED[@]}"; do
    pid="$(cat "$(pid_file "$name")")"
    printf '%-12s %-8s %-26s %-40s %-9s %s\n' "$name" "$pid" "${URL[$name]}" "${PORTS[$name]}" "${READY_PATH[$name]}" "${LOG_DIR#"$REPO_DIR/"}/$name.log"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$pid" "${URL[$name]}" "${PORTS[$name]}" "$(log_file "$name")" >>"$table"
  done
  cat <<EOF

Cluster '$CLUSTER_ID' on Redis 127.0.0.1:$REDIS_PORT (append-only in ${RUN_DIR#"$REPO_DIR/"}/redis); demo traffic: $([ "$DEMO" != 0 ] && echo "on (silo-1)" || echo off).
Sign in: ${URL[dashboard-1]}/login  as admin, supervisor, analyst, agent-062, agent-063 or agent-064, password '$DEMO_PASSWORD'.
Membership: redis-cli -p $REDIS_PORT keys '*'
Failover:   dotnet run -c Release --project load -- failover --redis 127.0.0.1:$REDIS_PORT --cluster-id $CLUSTER_ID --kill-pid-file ${RUN_DIR#"$REPO_DIR/"}/silo-2.pid
Stop:       deploy/local/stop.sh
EOF
}

mkdir -p "$RUN_DIR" "$LOG_DIR"
refuse_if_running
install_prerequisites
check_ports_free
trap cleanup_on_failure EXIT
trap 'exit 130' INT TERM
publish
start_redis
start_silos
start_dashboards
print_table
trap - EXIT INT TERM
