#!/usr/bin/env bash
# Containers on this machine, for the container-based system tests (./shop test --containers):
#   scripts/containers.sh check    one line: can podman run containers here? (exit 1 when not)
#   scripts/containers.sh setup    install podman, runc and debootstrap (apt-get) and configure them
#   scripts/containers.sh images   build every image the tests run, locally; cached, by fingerprint
#   scripts/containers.sh socket   start podman's Docker-compatible API for Testcontainers; prints DOCKER_HOST
# No image registry is reachable here, so every image is built from what is: a Debian root file
# system (debootstrap), Debian's JRE and Redis, Open Liberty and the jars from Maven Central, and
# the project's own Go builds (Dapr, the collector, VictoriaMetrics and VictoriaLogs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$ROOT/scripts/build.sh"

IMAGES=$ROOT/runtime/containers
DEBIAN_IMAGE=localhost/daprshop/debian:bookworm
JRE_IMAGE=localhost/daprshop/jre:17
LIBERTY_IMAGE=localhost/daprshop/liberty:java17
SOCKET=$STATE/run/podman.sock
LABEL=dev.daprshop.inputs
# runc with explicit limits: crun, and runc with the defaults, cannot set rlimits in this sandbox.
CONF_ENGINE='runtime = "runc"'
CONF_ULIMITS='default_ulimits = ["nofile=16384:16384", "nproc=16384:16384"]'

cmd_setup() {
  if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v debootstrap >/dev/null \
    || ! command -v iptables >/dev/null; then
    [[ $(id -u) == 0 ]] || die "podman, runc, debootstrap or iptables is missing: install them (sudo apt-get install podman runc debootstrap iptables)"
    say "Installing podman, runc, debootstrap and iptables (apt-get; netavark sets up container networks with iptables)"
    run_logged "apt-get" "$STATE/logs/apt.log" bash -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends podman runc debootstrap uidmap slirp4netns netavark aardvark-dns iptables'
  fi
  local conf=/etc/containers/containers.conf
  if ! grep -qF "$CONF_ENGINE" "$conf" 2>/dev/null || ! grep -qF "$CONF_ULIMITS" "$conf" 2>/dev/null; then
    [[ $(id -u) == 0 ]] || die "$conf must say $CONF_ENGINE under [engine] and $CONF_ULIMITS under [containers]"
    info "writing $conf (runc, open files and processes limits)"
    mkdir -p /etc/containers
    [[ -f $conf ]] && cp "$conf" "$conf.before-daprshop"
    printf '# Written by daprshop scripts/containers.sh\n[containers]\n%s\n\n[engine]\n%s\n' "$CONF_ULIMITS" "$CONF_ENGINE" >"$conf"
  fi
}

cmd_check() {
  if ! command -v podman >/dev/null; then echo "containers: no podman here (scripts/containers.sh setup installs it)"; return 1; fi
  if ! podman info >/dev/null 2>&1; then echo "containers: podman is here but does not run (podman info fails)"; return 1; fi
  echo "containers: podman $(podman version --format '{{.Client.Version}}') runs here ($(podman info --format '{{.Host.OCIRuntime.Name}}'))"
}

# The fingerprint of an image's inputs: its Containerfile, its build arguments, its files.
fingerprint() {
  { cat "$IMAGES/$1"; printf '%s\n' "${@:2}"; } | sha256sum | cut -c1-16
}

# image TAG CONTAINERFILE CONTEXT FINGERPRINT [BUILD_ARG...]: builds TAG unless it has FINGERPRINT.
image() {
  local tag=$1 file=$2 context=$3 inputs=$4 args=() arg
  for arg in "${@:5}"; do args+=(--build-arg "$arg"); done
  podman build -q --network host --label "$LABEL=$inputs" -f "$IMAGES/$file" -t "$tag" "${args[@]}" "$context" >/dev/null
  info "$tag built"
}

current() { [[ $(podman image inspect --format "{{ index .Labels \"$LABEL\" }}" "$1" 2>/dev/null) == "$2" ]]; }
image_id() { podman image inspect --format '{{.Id}}' "$1"; }

debian_image() {
  local mirror inputs root
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  inputs=$(printf 'debootstrap minbase bookworm %s' "$mirror" | sha256sum | cut -c1-16)
  if current "$DEBIAN_IMAGE" "$inputs"; then info "$DEBIAN_IMAGE: up to date"; return; fi
  root=$(mktemp -d)
  run_logged "debootstrap bookworm" "$STATE/logs/debootstrap.log" debootstrap --variant=minbase bookworm "$root" "$mirror"
  tar -C "$root" -c . | podman import --quiet --change "LABEL $LABEL=$inputs" - "$DEBIAN_IMAGE" >/dev/null
  rm -rf "$root"
  info "$DEBIAN_IMAGE built (debootstrap, $mirror)"
}

# Open Liberty from Maven Central, the runtime ./shop builds (ear/target/liberty/wlp), without its
# servers: every feature is in, so the service Containerfile's features.sh has nothing to install.
liberty_image() {
  local version inputs work
  version=$(sed -n 's/.*<openliberty.version>\(.*\)<.*/\1/p' "$ROOT/pom.xml")
  inputs=$(fingerprint liberty.Containerfile "$version" "$(image_id "$JRE_IMAGE")" "$(cat "$IMAGES/features.sh" "$IMAGES/configure.sh")")
  if current "$LIBERTY_IMAGE" "$inputs"; then info "$LIBERTY_IMAGE: up to date"; return; fi
  [[ -x $ROOT/ear/target/liberty/wlp/bin/server ]] || build_apps
  work=$(mktemp -d)
  mkdir -p "$work/wlp"
  tar -C "$ROOT/ear/target/liberty/wlp" --exclude=./usr --exclude=./output -c . | tar -C "$work/wlp" -x
  cp "$IMAGES/features.sh" "$IMAGES/configure.sh" "$work/"
  image "$LIBERTY_IMAGE" liberty.Containerfile "$work" "$inputs" "JRE=$JRE_IMAGE"
  rm -rf "$work"
}

# file_image TAG CONTAINERFILE FILE [BUILD_ARG...]: an image of one file (a binary, a jar) on a base.
file_image() {
  local tag=$1 file=$2 input=$3 base inputs context
  base=$(image_id "$([[ $file == java-jar.Containerfile ]] && echo "$JRE_IMAGE" || echo "$DEBIAN_IMAGE")")
  inputs=$(fingerprint "$file" "$base" "${@:4}" "$(sha256sum <"$input")")
  if current "$tag" "$inputs"; then info "$tag: up to date"; return; fi
  context=$(mktemp -d)
  cp "$input" "$context/"
  image "$tag" "$file" "$context" "$inputs" "${@:4}"
  rm -rf "$context"
}

# The version of runtime/NAME's VictoriaMetrics or VictoriaLogs build (the cache directory says it).
victoria_version() { local dir=${1^^}; dir=$(basename "${!dir}"); dir=${dir#"$1"-}; echo "${dir%-*}"; }

cmd_images() {
  cmd_setup
  say "Building the images locally (podman; cached until their inputs change)"
  ensure_dapr; ensure_otelcol; ensure_zipkin; ensure_greenmail; ensure_victoria victoriametrics; ensure_victoria victorialogs
  debian_image
  local inputs empty
  empty=$(mktemp -d)
  inputs=$(fingerprint jre.Containerfile "$(image_id "$DEBIAN_IMAGE")")
  current "$JRE_IMAGE" "$inputs" && info "$JRE_IMAGE: up to date" || image "$JRE_IMAGE" jre.Containerfile "$empty" "$inputs" "DEBIAN=$DEBIAN_IMAGE"
  inputs=$(fingerprint redis.Containerfile "$(image_id "$DEBIAN_IMAGE")")
  current localhost/daprshop/redis:bookworm "$inputs" && info "localhost/daprshop/redis:bookworm: up to date" \
    || image localhost/daprshop/redis:bookworm redis.Containerfile "$empty" "$inputs" "DEBIAN=$DEBIAN_IMAGE"
  rmdir "$empty"
  liberty_image
  local binary
  for binary in daprd placement scheduler sentry; do
    file_image "localhost/daprshop/$binary:$DAPR_VERSION" dapr.Containerfile "$DAPR_BIN/$binary" "BINARY=$binary" "DEBIAN=$DEBIAN_IMAGE"
  done
  file_image "localhost/daprshop/otelcol:$(awk '$1 == "go.opentelemetry.io/collector/otelcol" {sub(/^v/, "", $2); print $2}' "$ROOT/runtime/otelcol/go.mod")" \
    collector.Containerfile "$OTELCOL" "DEBIAN=$DEBIAN_IMAGE"
  for binary in victoria-metrics vmalert; do
    file_image "localhost/daprshop/$binary:$(victoria_version victoriametrics)" victoria.Containerfile "$VICTORIAMETRICS/$binary" \
      "BINARY=$binary" "DEBIAN=$DEBIAN_IMAGE"
  done
  file_image "localhost/daprshop/victoria-logs:$(victoria_version victorialogs)" victoria.Containerfile "$VICTORIALOGS/victoria-logs" \
    "BINARY=victoria-logs" "DEBIAN=$DEBIAN_IMAGE"
  file_image "localhost/daprshop/zipkin:$ZIPKIN_VERSION" java-jar.Containerfile "$ZIPKIN_JAR" "JAR=$(basename "$ZIPKIN_JAR")" "JRE=$JRE_IMAGE"
  file_image "localhost/daprshop/greenmail:$GREENMAIL_VERSION" java-jar.Containerfile "$GREENMAIL_JAR" "JAR=$(basename "$GREENMAIL_JAR")" "JRE=$JRE_IMAGE"
}

# Podman's Docker-compatible API on a socket of this checkout, for Testcontainers (until `stop`).
cmd_socket() {
  mkdir -p "$STATE/run" "$STATE/logs"
  if [[ -S $SOCKET ]] && curl -fsS --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1; then
    echo "DOCKER_HOST=unix://$SOCKET"; return
  fi
  rm -f "$SOCKET"
  nohup podman system service --time=0 "unix://$SOCKET" >"$STATE/logs/podman-service.log" 2>&1 &
  echo $! >"$STATE/run/podman-service.pid"
  wait_until podman-service 30 "API" curl -fsS --unix-socket "$SOCKET" http://d/_ping >&2
  echo "DOCKER_HOST=unix://$SOCKET"
}

cmd_stop() {
  [[ -f $STATE/run/podman-service.pid ]] && kill "$(cat "$STATE/run/podman-service.pid")" 2>/dev/null || true
  rm -f "$STATE/run/podman-service.pid" "$SOCKET"
}

case ${1:-} in
  check | setup | images | socket | stop) "cmd_$1" ;;
  *) sed -n '2,5s/^# //p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
esac
