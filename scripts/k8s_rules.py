"""The project's rules for Kubernetes manifests, on what kustomize renders (scripts/validate-k8s.sh).

  k8s_rules.py check [--openshift] DAPR_ANNOTATIONS_GO RENDERED.yaml
      Every rule on one overlay's output, and the ties between k8s/ and the rest of the repository
      (components/, README, Containerfiles). One line per violation; exit 1 when there is any.
  k8s_rules.py expect-rejected [--openshift] DAPR_ANNOTATIONS_GO FIXTURE.yaml
      Succeeds only when every document of the fixture breaks at least one rule.

  k8s_rules.py alert-groups PROMETHEUSRULE.yaml OUT.yaml
      Writes the rule groups of a PrometheusRule as a plain rule file, for vmalert-tool's unit tests.

DAPR_ANNOTATIONS_GO is pkg/injector/annotations/annotations.go of the pinned Dapr release: the
annotations the sidecar injector knows, so a misspelt one is an error instead of being ignored.
--openshift: no fixed UIDs or GIDs (the SCC assigns them).
"""

import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet"}
# Sidecar settings every Dapr-enabled pod sets (besides enabled, app-id, app-port, config).
DAPR_REQUIRED = ["enable-metrics", "api-token-secret", "log-level", "log-as-json", "sidecar-cpu-request",
                 "sidecar-cpu-limit", "sidecar-memory-request", "sidecar-memory-limit",
                 "sidecar-seccomp-profile-type"]
SECRET_LIKE = re.compile(r"password|secret|token|credential|apikey|accesskey", re.IGNORECASE)


def rid(resource):
    return f"{resource.get('kind')}/{resource.get('metadata', {}).get('name')}"


def load(path):
    return [doc for doc in yaml.safe_load_all(pathlib.Path(path).read_text()) if doc]


class Rules:
    def __init__(self, resources, known_annotations, openshift):
        self.resources = resources
        self.known = known_annotations
        self.openshift = openshift
        self.found = []

    def named(self, kind, name):
        return next((r for r in self.resources if r.get("kind") == kind and r["metadata"]["name"] == name), None)

    def workloads_matching(self, selector):
        return [r for r in self.resources if r.get("kind") in WORKLOADS and selector and selector.items()
                <= (r["spec"]["template"]["metadata"].get("labels") or {}).items()]

    def fail(self, resource, message):
        self.found.append((rid(resource), message))

    def run(self):
        for resource in self.resources:
            kind = resource.get("kind")
            if kind in WORKLOADS:
                self.workload(resource)
            check = getattr(self, "kind_" + str(kind), None)
            if check:
                check(resource)
        return self.found

    # --- pods -------------------------------------------------------------------------------
    def workload(self, resource):
        template = resource["spec"]["template"]
        pod = template["spec"]
        pod_context = pod.get("securityContext") or {}
        for flag in ("hostNetwork", "hostPID", "hostIPC"):
            if pod.get(flag):
                self.fail(resource, f"{flag}: the pod must stay in its own namespaces")
        if any("hostPath" in volume for volume in pod.get("volumes") or []):
            self.fail(resource, "hostPath volume: pods must not touch the node's files")
        if self.openshift:
            for field in ("runAsUser", "runAsGroup", "fsGroup"):
                if field in pod_context:
                    self.fail(resource, f"pod securityContext.{field}: OpenShift's SCC assigns it; no fixed IDs")
        for container in pod.get("initContainers") or []:
            self.container(resource, container, pod_context, init=True)
        for container in pod["containers"]:
            self.container(resource, container, pod_context, init=False)
        self.dapr(resource, template)

    def container(self, resource, container, pod_context, init):
        name = container["name"]
        context = container.get("securityContext") or {}

        def setting(field):
            return context.get(field, pod_context.get(field))

        if setting("runAsNonRoot") is not True:
            self.fail(resource, f"container {name}: runAsNonRoot must be true")
        if setting("runAsUser") == 0:
            self.fail(resource, f"container {name}: runs as root (runAsUser 0)")
        if (setting("seccompProfile") or {}).get("type") not in ("RuntimeDefault", "Localhost"):
            self.fail(resource, f"container {name}: seccompProfile must be RuntimeDefault")
        if context.get("allowPrivilegeEscalation") is not False:
            self.fail(resource, f"container {name}: allowPrivilegeEscalation must be false")
        if context.get("privileged"):
            self.fail(resource, f"container {name}: privileged")
        capabilities = context.get("capabilities") or {}
        if "ALL" not in (capabilities.get("drop") or []) or capabilities.get("add"):
            self.fail(resource, f"container {name}: capabilities must drop ALL and add none")
        if context.get("readOnlyRootFilesystem") is not True:
            self.fail(resource, f"container {name}: readOnlyRootFilesystem must be true (emptyDir where it writes)")
        if self.openshift:
            for field in ("runAsUser", "runAsGroup"):
                if field in context:
                    self.fail(resource, f"container {name}: securityContext.{field}: OpenShift's SCC assigns it")
        resources = container.get("resources") or {}
        for part in ("requests", "limits"):
            missing = {"cpu", "memory"} - set(resources.get(part) or {})
            if missing:
                self.fail(resource, f"container {name}: no {part} for {', '.join(sorted(missing))}")
        image = container.get("image", "")
        if "@sha256:" not in image and (":" not in image.rsplit("/", 1)[-1] or image.endswith(":latest")):
            self.fail(resource, f"container {name}: image {image!r} must be pinned by tag (not latest) or digest")
        if init:
            return
        ports = {port.get("name") for port in container.get("ports") or []}
        for probe in ("readinessProbe", "livenessProbe"):
            if probe not in container:
                self.fail(resource, f"container {name}: no {probe}")
                continue
            action = container[probe].get("httpGet") or container[probe].get("tcpSocket") or {}
            if isinstance(action.get("port"), str) and action["port"] not in ports:
                self.fail(resource, f"container {name}: {probe} uses port {action['port']!r}, which it does not have")

    # --- Dapr --------------------------------------------------------------------------------
    def dapr(self, resource, template):
        annotations = template["metadata"].get("annotations") or {}
        labels = template["metadata"].get("labels") or {}
        keys = [key for key in annotations if key.startswith("dapr.io/")]
        for key in keys:
            if key not in self.known:
                self.fail(resource, f"unknown Dapr annotation {key} (not in Dapr's sidecar injector)")
        if not keys and labels.get("app.kubernetes.io/component") != "service":
            return  # not a Dapr application: Redis, the collector, ...
        if annotations.get("dapr.io/enabled") != "true":
            self.fail(resource, "a service without dapr.io/enabled: \"true\"")
            return
        name = resource["metadata"]["name"]
        if annotations.get("dapr.io/app-id") != name:
            self.fail(resource, f"dapr.io/app-id must be the Deployment's name {name!r}")
        app = next((c for c in template["spec"]["containers"] if c["name"] == "app"), None)
        ports = {str(p["containerPort"]) for p in (app or {}).get("ports") or []}
        if annotations.get("dapr.io/app-port") not in ports:
            self.fail(resource, "dapr.io/app-port must be a port of the container named app")
        config = annotations.get("dapr.io/config")
        if not config or not self.named("Configuration", config):
            self.fail(resource, f"dapr.io/config {config!r}: no such Dapr Configuration in the manifests")
        for key in DAPR_REQUIRED:
            if not annotations.get("dapr.io/" + key):
                self.fail(resource, f"no dapr.io/{key} annotation")
        if annotations.get("dapr.io/enable-metrics", "true") != "true":
            self.fail(resource, "dapr.io/enable-metrics must be \"true\" (the alerts read the sidecar's metrics)")
        token = annotations.get("dapr.io/api-token-secret")
        env = {e["name"]: e for e in (app or {}).get("env") or []}
        source = ((env.get("DAPR_API_TOKEN") or {}).get("valueFrom") or {}).get("secretKeyRef") or {}
        if token and source.get("name") != token:
            self.fail(resource, f"the app gets no DAPR_API_TOKEN from secret {token!r}: its calls to the sidecar would be refused")

    # --- other kinds ---------------------------------------------------------------------------
    def kind_Secret(self, resource):
        self.fail(resource, "a Secret in the manifests: secrets are created with kubectl (README), never committed")

    def kind_Component(self, resource):
        for item in resource["spec"].get("metadata") or []:
            value = item.get("value")
            if SECRET_LIKE.search(item["name"]) and value is not None:
                self.fail(resource, f"metadata {item['name']} holds a value: use secretKeyRef")
            if isinstance(value, str) and re.search(r"localhost|127\.0\.0\.1|^/|^\.|\.shop/", value):
                self.fail(resource, f"metadata {item['name']}: {value!r} is a local host or path, not a cluster one")

    def kind_Configuration(self, resource):
        endpoint = ((resource["spec"].get("tracing") or {}).get("otel") or {}).get("endpointAddress", "")
        host = endpoint.split(":")[0].split(".")[0]
        if endpoint and not self.named("Service", host):
            self.fail(resource, f"tracing endpoint {endpoint!r}: no Service {host!r} in the manifests")
        namespace = resource["metadata"].get("namespace")
        for policy in (resource["spec"].get("accessControl") or {}).get("policies") or []:
            if namespace and policy.get("namespace") != namespace:
                self.fail(resource, f"access policy for {policy['appId']} names namespace {policy.get('namespace')!r}, "
                                    f"not {namespace!r}")

    def kind_Service(self, resource):
        if not self.workloads_matching(resource["spec"].get("selector")):
            self.fail(resource, "its selector matches no Deployment's pods")

    def kind_HorizontalPodAutoscaler(self, resource):
        target = resource["spec"]["scaleTargetRef"]
        workload = self.named(target["kind"], target["name"])
        if not workload:
            self.fail(resource, f"scales {target['kind']}/{target['name']}, which does not exist")
            return
        if "replicas" in workload["spec"]:
            self.fail(resource, f"{target['name']} sets replicas, which every apply would reset under the autoscaler")
        containers = {c["name"] for c in workload["spec"]["template"]["spec"]["containers"]}
        for metric in resource["spec"].get("metrics") or []:
            container = (metric.get("containerResource") or {}).get("container")
            if container and container not in containers:
                self.fail(resource, f"metric on container {container!r}, which {target['name']} does not have")

    def kind_PodDisruptionBudget(self, resource):
        if not self.workloads_matching((resource["spec"].get("selector") or {}).get("matchLabels")):
            self.fail(resource, "its selector matches no Deployment's pods")

    def backend(self, resource, service, port):
        target = self.named("Service", service)
        if not target:
            self.fail(resource, f"routes to Service {service!r}, which does not exist")
        elif port is not None and port not in {p.get("name") for p in target["spec"]["ports"]} | {
                p.get("port") for p in target["spec"]["ports"]}:
            self.fail(resource, f"routes to port {port!r}, which Service {service} does not have")

    def kind_Ingress(self, resource):
        for rule in resource["spec"].get("rules") or []:
            for path in (rule.get("http") or {}).get("paths") or []:
                service = path["backend"]["service"]
                self.backend(resource, service["name"], service["port"].get("name", service["port"].get("number")))

    def kind_Route(self, resource):
        self.backend(resource, resource["spec"]["to"]["name"], (resource["spec"].get("port") or {}).get("targetPort"))


# --- ties between k8s/ and the rest of the repository ---------------------------------------------
def secret_refs(resources):
    """(secret, key) pairs the manifests read; the README must say how to create each."""
    refs = set()
    for resource in resources:
        if resource.get("kind") in WORKLOADS:
            template = resource["spec"]["template"]
            token = (template["metadata"].get("annotations") or {}).get("dapr.io/api-token-secret")
            if token:
                refs.add((token, "token"))
            for container in template["spec"]["containers"]:
                for env in container.get("env") or []:
                    ref = (env.get("valueFrom") or {}).get("secretKeyRef")
                    if ref:
                        refs.add((ref["name"], ref["key"]))
        if resource.get("kind") == "Configuration":
            # What apps read through the secrets API: Kubernetes secret NAME with key NAME.
            for scope in (resource["spec"].get("secrets") or {}).get("scopes") or []:
                refs.update((secret, secret) for secret in scope.get("allowedSecrets") or [])
        if resource.get("kind") == "Component":
            for item in resource["spec"].get("metadata") or []:
                if "secretKeyRef" in item:
                    refs.add((item["secretKeyRef"]["name"], item["secretKeyRef"].get("key", item["secretKeyRef"]["name"])))
    return refs


def repository(resources):
    found = []
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"create secret generic ([\w.-]+) --from-literal=([\w.-]+)=", readme))
    for name, key in sorted(secret_refs(resources) - documented):
        found.append(("README", f"secret {name} (key {key}) is used but no 'kubectl create secret generic {name} "
                                f"--from-literal={key}=...' says how to create it"))
    for overlay in sorted(p.name for p in (ROOT / "k8s" / "overlays").iterdir()):
        if f"apply -k k8s/overlays/{overlay}" not in readme:
            found.append(("README", f"no 'apply -k k8s/overlays/{overlay}' step"))
    found += mirror(resources)
    found += alerts(resources)
    liberty = re.search(r"<openliberty.version>(.+)</openliberty.version>", (ROOT / "pom.xml").read_text()).group(1)
    if f"open-liberty:{liberty}-" not in (ROOT / "Containerfile").read_text():
        found.append(("Containerfile", f"not on Open Liberty {liberty} (pom.xml)"))
    return found


def mirror(resources):
    """The cluster's Dapr resources are components/*.yaml for the cluster: same names, types, scopes
    and metadata keys (the secret store differs: Kubernetes secrets instead of a local file)."""
    local = {(r["kind"], r["metadata"]["name"]): r for f in sorted((ROOT / "components").glob("*.yaml")) for r in load(f)}
    cluster = {(r["kind"], r["metadata"]["name"]): r for r in resources if r.get("kind") in ("Component", "Resiliency")}
    found = []
    for key in sorted(set(local) | set(cluster)):
        if key[0] == "Configuration":
            continue
        mine, theirs = cluster.get(key), local.get(key)
        label = f"{key[0]}/{key[1]}"
        if not mine or not theirs:
            found.append((label, "in components/ but not in k8s/" if theirs else "in k8s/ but not in components/"))
        elif key[0] == "Resiliency":
            if mine["spec"] != theirs["spec"]:
                found.append((label, "differs from components/resiliency.yaml"))
        elif not mine["spec"]["type"].startswith("secretstores."):
            if mine["spec"]["type"] != theirs["spec"]["type"]:
                found.append((label, f"type {mine['spec']['type']} here, {theirs['spec']['type']} in components/"))
            if sorted(mine.get("scopes") or []) != sorted(theirs.get("scopes") or []):
                found.append((label, "scopes differ from components/"))
            names = [{m["name"] for m in r["spec"].get("metadata") or []} for r in (mine, theirs)]
            if names[0] != names[1]:
                found.append((label, f"metadata keys differ from components/: {sorted(names[0] ^ names[1])}"))
    return found


# The local alert that the cluster says in other terms: a sidecar's readiness instead of its scrape.
CLUSTER_ALERT = {"DaprSidecarDown": "DaprSidecarNotReady"}


def alerts(resources):
    """Every alert of the local run (runtime/victoriametrics/alerts.yaml) is one of the cluster's too."""
    local = {rule["alert"] for group in load(ROOT / "runtime" / "victoriametrics" / "alerts.yaml")[0]["groups"]
             for rule in group["rules"] if "alert" in rule}
    cluster = {rule["alert"] for r in resources if r.get("kind") == "PrometheusRule"
               for group in r["spec"]["groups"] for rule in group["rules"] if "alert" in rule}
    return [("PrometheusRule", f"alert {name} of runtime/victoriametrics/alerts.yaml has no counterpart")
            for name in sorted(local) if CLUSTER_ALERT.get(name, name) not in cluster]


def alert_groups(rule_file, out):
    rule = load(rule_file)[0]
    pathlib.Path(out).write_text(yaml.safe_dump({"groups": rule["spec"]["groups"]}, sort_keys=False))
    return 0


def known_annotations(go_file):
    return set(re.findall(r'"(dapr\.io/[a-z0-9-]+)"', pathlib.Path(go_file).read_text()))


def main(args):
    openshift = "--openshift" in args
    args = [a for a in args if a != "--openshift"]
    if len(args) == 3 and args[0] == "alert-groups":
        return alert_groups(args[1], args[2])
    if len(args) != 3 or args[0] not in ("check", "expect-rejected"):
        sys.exit(__doc__)
    mode, annotations_go, manifest = args
    resources = load(manifest)
    found = Rules(resources, known_annotations(annotations_go), openshift).run()
    if mode == "check":
        found += repository(resources)
        for where, message in found:
            print(f"    {where}: {message}")
        return 1 if found else 0
    rejected = {where for where, _ in found}
    slipped = [rid(r) for r in resources if rid(r) not in rejected]
    for resource in resources:
        first = next((m for w, m in found if w == rid(resource)), None)
        if first:
            print(f"    rejected as it should be: {rid(resource)}: {first}")
    for name in slipped:
        print(f"    NOT rejected: {name} breaks no rule")
    return 1 if slipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
