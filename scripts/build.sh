# Prerequisites and builds of ./shop: each step does nothing when its result is already there.
# Sourced after lib.sh. Sets DAPR_BIN, OTELCOL, VICTORIAMETRICS and VICTORIALOGS (directories), ZIPKIN_JAR.

require_tools() {
  local missing=()
  for tool in java mvn go curl python3 openssl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  ((${#missing[@]} == 0)) || die "missing prerequisites: ${missing[*]} (install a JDK 17+, Maven, Go 1.24+, curl and python3)"
}

# Redis from Debian: installed when missing and running as root, otherwise a clear message.
ensure_redis() {
  command -v redis-server >/dev/null && return
  [[ $(id -u) == 0 ]] || die "redis-server is missing: install it (Debian/Ubuntu: sudo apt-get install redis-server)"
  say "Installing Redis (apt-get install redis-server)"
  run_logged "apt-get" "$STATE/logs/apt.log" bash -c \
    'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends redis-server'
}

# Fingerprint of a Go module's sources: a change rebuilds, nothing else does.
source_stamp() { cat "$1"/go.mod "$1"/go.sum $(find "$1" -name '*.go' | sort) | sha256sum | cut -c1-16; }

# Dapr: an installed daprd of the pinned version (PATH or ~/.dapr/bin) with placement and
# scheduler beside it; otherwise built once from the Go module proxy into the cache.
ensure_dapr() {
  [[ -n ${DAPR_BIN:-} ]] && return   # found already in this run (several components need it)
  local dir
  for dir in "$(dirname "$(command -v daprd 2>/dev/null || echo /nonexistent/daprd)")" "$HOME/.dapr/bin"; do
    if [[ -x $dir/daprd && -x $dir/placement && -x $dir/scheduler ]] \
      && [[ $("$dir/daprd" --version 2>/dev/null) == "$DAPR_VERSION" ]]; then
      DAPR_BIN=$dir
      info "Dapr $DAPR_VERSION: using the installed runtime in $dir"
      return
    fi
  done
  local src=$ROOT/runtime/dapr stamp
  stamp=$(source_stamp "$src")
  DAPR_BIN=$CACHE/dapr-$DAPR_VERSION-$stamp
  if [[ -x $DAPR_BIN/daprd && -x $DAPR_BIN/placement && -x $DAPR_BIN/scheduler && -x $DAPR_BIN/sentry ]]; then
    info "Dapr $DAPR_VERSION: built runtime in $DAPR_BIN"
    return
  fi
  say "Building Dapr $DAPR_VERSION (daprd, placement, scheduler, sentry) from the Go module proxy"
  info "first time only: downloads about 750 MB of Go modules (3.6 GB unpacked) and compiles for about 4 minutes"
  local ldflags="-s -w -X github.com/dapr/dapr/pkg/buildinfo.version=$DAPR_VERSION -X github.com/dapr/kit/logger.DaprVersion=$DAPR_VERSION"
  mkdir -p "$DAPR_BIN.tmp"
  (cd "$src" && run_logged "go build dapr" "$STATE/logs/dapr-build.log" \
    go build -v -tags stablecomponents -trimpath -ldflags "$ldflags" -o "$DAPR_BIN.tmp/" \
    ./cmd/daprd github.com/dapr/dapr/cmd/placement github.com/dapr/dapr/cmd/scheduler github.com/dapr/dapr/cmd/sentry)
  rm -rf "$DAPR_BIN" && mv "$DAPR_BIN.tmp" "$DAPR_BIN"
  info "built $("$DAPR_BIN/daprd" --version) into $DAPR_BIN"
}

# The OpenTelemetry Collector distribution of runtime/otelcol, built once into the cache.
ensure_otelcol() {
  local src=$ROOT/runtime/otelcol stamp
  stamp=$(source_stamp "$src")
  OTELCOL=$CACHE/otelcol-$stamp/otelcol
  [[ -x $OTELCOL ]] && return
  say "Building the OpenTelemetry Collector from the Go module proxy (first time only)"
  (cd "$src" && run_logged "go build otelcol" "$STATE/logs/otelcol-build.log" \
    go build -v -trimpath -ldflags "-s -w" -o "$OTELCOL.tmp" .)
  mv "$OTELCOL.tmp" "$OTELCOL"
}

# VictoriaMetrics (metrics store: Prometheus query API, vmui; vmalert and vmalert-tool for the alert
# rules) and VictoriaLogs (log store: LogsQL with trace-id search, its UI): the tools of a Go module
# of runtime/, built once into one directory of the cache (about a minute each), which
# ${NAME^^} names (VICTORIAMETRICS, VICTORIALOGS).
ensure_victoria() {
  local src=$ROOT/runtime/$1 tools version stamp dir tool missing=false
  mapfile -t tools < <(awk '$1 == "tool" && $2 != "(" {print $2} $1 == "tool" && $2 == "(" {block = 1; next}
    block && $1 == ")" {block = 0} block {print $1}' "$src/go.mod")
  version=$(awk -v m="${tools[0]%/app/*}" '$1 == m {print $2}' "$src/go.mod")
  stamp=$(source_stamp "$src")
  dir=$CACHE/$1-$version-$stamp
  printf -v "${1^^}" '%s' "$dir"
  for tool in "${tools[@]}"; do [[ -x $dir/${tool##*/} ]] || missing=true; done
  $missing || return 0
  say "Building ${tools[*]##*/} $version from the Go module proxy (first time only, about a minute)"
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
  (cd "$src" && run_logged "go build $1" "$STATE/logs/$1-build.log" \
    go build -v -trimpath -ldflags "-s -w -X github.com/VictoriaMetrics/VictoriaMetrics/lib/buildinfo.Version=$1-$version" \
    -o "$dir.tmp/" "${tools[@]}")
  rm -rf "$dir" && mv "$dir.tmp" "$dir"
}

# Zipkin server (trace store with UI and query API): one executable jar from Maven Central.
ensure_zipkin() {
  ZIPKIN_JAR=$CACHE/zipkin-server-$ZIPKIN_VERSION-exec.jar
  [[ -f $ZIPKIN_JAR ]] && return
  say "Downloading Zipkin server $ZIPKIN_VERSION from Maven Central (about 135 MB, first time only)"
  (cd "$ROOT" && run_logged "zipkin download" "$STATE/logs/zipkin-download.log" \
    mvn -B -N dependency:copy -Dartifact="io.zipkin:zipkin-server:$ZIPKIN_VERSION:jar:exec" -DoutputDirectory="$CACHE")
}

# GreenMail (SMTP server with an HTTP API to read the mail it received), from Maven Central.
ensure_greenmail() {
  GREENMAIL_JAR=$CACHE/greenmail-standalone-$GREENMAIL_VERSION.jar
  [[ -f $GREENMAIL_JAR ]] && return
  say "Downloading GreenMail $GREENMAIL_VERSION (mail server for receipts) from Maven Central (first time only)"
  (cd "$ROOT" && run_logged "greenmail download" "$STATE/logs/greenmail-download.log" \
    mvn -B -N dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$CACHE")
}

# The WARs, the EAR and the Liberty server with the EAR deployed. Maven skips what is current;
# the first run also downloads Open Liberty (about 350 MB) into ~/.m2.
build_apps() {
  say "Building the services and the Liberty server (mvn install, liberty:create, liberty:deploy)"
  [[ -d $HOME/.m2/repository/io/openliberty/openliberty-runtime ]] \
    || info "first time only: downloads Open Liberty and the Maven dependencies"
  (cd "$ROOT" && run_logged "maven build" "$STATE/logs/build.log" \
    mvn -B -ntp install -DskipTests -pl ear -am)
  (cd "$ROOT" && run_logged "liberty server" "$STATE/logs/build.log" \
    mvn -B -ntp -pl ear liberty:create liberty:deploy)
}
