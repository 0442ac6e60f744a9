# Shared settings and helpers of ./shop. Sourced, not run.
# Every port can be overridden by exporting the variable before running ./shop.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=$ROOT/.shop              # pids, logs, data and rendered resources of the local run
CACHE=${DAPRSHOP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/daprshop}   # built binaries, kept across clones

# Ports: defaults in ports.env (the one list); a variable set in the environment wins.
while IFS='=' read -r name value; do
  [[ $name =~ ^[A-Z][A-Z0-9_]*$ ]] || continue
  [[ -n ${!name:-} ]] || printf -v "$name" '%s' "$value"
  export "${name?}"
done <"$ROOT/ports.env"

# secured (default): Sentry issues certificates and sidecars, placement and scheduler talk mTLS,
# access control lets only order-service call inventory-service, every sidecar requires the Dapr
# API token and presents the app API token to its application. plain: none of it.
SECURITY=${DAPRSHOP_SECURITY:-secured}
[[ $SECURITY == secured || $SECURITY == plain ]] || { echo "shop: DAPRSHOP_SECURITY must be secured or plain, not '$SECURITY'" >&2; exit 2; }

# on (default): every span exported (sampling 1). off: none sampled, for ./shop bench --tracing.
TRACING=${DAPRSHOP_TRACING:-on}
[[ $TRACING == on || $TRACING == off ]] || { echo "shop: DAPRSHOP_TRACING must be on or off, not '$TRACING'" >&2; exit 2; }

# The Go processes (daprd, placement, scheduler, sentry, collector) run with one scheduler thread
# each: six Go runtimes spinning for work on two cores cost more than they gave (./shop bench at
# 20 orders/s: POST p50 115 -> 52 ms, POST -> final p50 0.63 -> 0.34 s). DAPRSHOP_GOMAXPROCS overrides.
GO_RUNTIME=("GOMAXPROCS=${DAPRSHOP_GOMAXPROCS:-1}")

ZIPKIN_VERSION=3.6.1
GREENMAIL_VERSION=2.1.8
DAPR_VERSION=$(awk '$1 == "github.com/dapr/dapr" {sub(/^v/, "", $2); print $2}' "$ROOT/runtime/dapr/go.mod")
LIBERTY_SERVER=$ROOT/ear/target/liberty/wlp/usr/servers/daprshop

json() { python3 "$ROOT/scripts/shop_json.py" "$@"; }   # JSON files and answers (scripts/shop_json.py)

say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
# Prints the reason and exits; during `up`, its EXIT trap then stops what this run started.
die()  { printf 'shop: %s\n' "$*" >&2; exit 1; }

# Runs a long command with its output in a log, printing a line every 15 s so nothing sits silent.
run_logged() {
  local label=$1 log=$2; shift 2
  mkdir -p "$(dirname "$log")"
  "$@" >"$log" 2>&1 &
  local pid=$! waited=0
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1; waited=$((waited + 1))
    if ((waited % 15 == 0)); then
      info "$label: ${waited}s, $(wc -l <"$log") log lines (${log#"$ROOT"/})"
    fi
  done
  wait "$pid" || die "$label failed; see $log"
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_of() { cat "$STATE/run/$1.pid" 2>/dev/null || true; }

# A process killed a moment ago that its parent has not reaped yet (a zombie) is not alive.
alive() {
  local pid state; pid=$(pid_of "$1")
  [[ -n $pid ]] && state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) && [[ $state != Z ]]
}

# start NAME PORT... -- COMMAND...: starts COMMAND in its own session, logs to .shop/logs/NAME.log.
# Refuses when one of its ports is taken by another process.
start() {
  local name=$1; shift
  local ports=()
  while [[ $1 != -- ]]; do ports+=("$1"); shift; done
  shift
  if alive "$name"; then info "$name already running (pid $(pid_of "$name"))"; return; fi
  for port in "${ports[@]}"; do
    # After a crash of NAME its ports may stay taken for a moment (children exiting, sockets closing).
    if [[ -f $STATE/run/$name.pid ]] && listening "$port"; then
      info "$name: waiting up to 30 s for port $port of the previous $name to be free"
      for _ in $(seq 60); do listening "$port" || break; sleep 0.5; done
    fi
    listening "$port" && die "$name: port $port is already in use by another process (override it, see README)"
  done
  mkdir -p "$STATE/run" "$STATE/logs"
  setsid "$@" >"$STATE/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/run/$name.pid"
  echo "$name" >>"$STATE/run/started-now"
}

# wait_until NAME TIMEOUT_S DESCRIPTION COMMAND...: polls COMMAND until it succeeds; fails at once
# when NAME's process has exited, or after TIMEOUT_S.
wait_until() {
  local name=$1 timeout=$2 what=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    alive "$name" || die "$name exited before $what; see .shop/logs/$name.log"
    ((SECONDS < deadline)) || die "$name: no $what after ${timeout}s; see .shop/logs/$name.log"
    sleep 0.5
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

# Stops one recorded process: TERM to its session, KILL after 20 s.
stop() {
  local name=$1 pid
  pid=$(pid_of "$name")
  [[ -n $pid ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    info "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      info "$name did not stop in 20s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$STATE/run/$name.pid"
}
