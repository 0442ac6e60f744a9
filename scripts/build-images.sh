#!/usr/bin/env bash
# Builds the images of the three services (Containerfile, one build per SERVICE) with podman, or docker.
# usage: scripts/build-images.sh [PREFIX]   images PREFIX/order-service:VERSION, ... (default prefix: daprshop)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PREFIX=${1:-daprshop}
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$ROOT/pom.xml" | head -1)

engine=${CONTAINER_ENGINE:-}
if [[ -z $engine ]]; then
  for candidate in podman docker; do
    if command -v "$candidate" >/dev/null && "$candidate" info >/dev/null 2>&1; then engine=$candidate; break; fi
  done
fi
[[ -n $engine ]] || { echo "build-images: no container engine: install podman, or docker with a running daemon" >&2; exit 1; }

echo "==> Packaging the WARs (mvn package)"
(cd "$ROOT" && mvn -B -ntp -q package -DskipTests -pl order-war,inventory-war,payment-war -am)
for service in order inventory payment; do
  echo "==> $engine build $PREFIX/$service-service:$VERSION"
  "$engine" build --build-arg SERVICE="$service" -t "$PREFIX/$service-service:$VERSION" "$ROOT"
done
