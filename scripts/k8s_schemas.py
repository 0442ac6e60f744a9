"""Prepares the JSON schemas that scripts/validate-k8s.sh hands to kubeconform, offline.

  k8s_schemas.py kubernetes WHEEL K8S_VERSION OUT_DIR
      The strict Kubernetes schemas of one version from the kubernetes-validate wheel (PyPI). Their
      $refs point at https://kubernetes.io/api/...: rewritten to the local _definitions.json, so
      that no schema is ever fetched from the network.
  k8s_schemas.py crds OUT_DIR CRD_FILE...
      One JSON schema per kind and version of each CustomResourceDefinition, named as
      kubeconform's template {{ .ResourceKind }}-{{ .Group }}-{{ .ResourceAPIVersion }}.json asks.
      Made strict like the Kubernetes ones: unknown fields are errors unless the CRD allows them.
"""

import json
import pathlib
import re
import sys
import zipfile

import yaml


def kubernetes(wheel, version, out_dir):
    prefix = f"kubernetes_validate/kubernetes-json-schema/v{version}-local-strict/"
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if not name.startswith(prefix) or not name.endswith(".json"):
                continue
            schema = json.loads(archive.read(name))
            schema.pop("$id", None)  # the file's own location is its base for the $refs below
            text = re.sub(r'"/api/_definitions\.json#', '"_definitions.json#', json.dumps(schema))
            (out / name[len(prefix):]).write_text(text)
            count += 1
    if count == 0:
        sys.exit(f"no schemas for Kubernetes {version} in {wheel}")
    print(f"    Kubernetes {version}: {count} schemas")


def strict(node):
    """The CRD's structural schema as JSON schema: closed objects, Kubernetes' extensions mapped."""
    if isinstance(node, list):
        return [strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: strict(value) for key, value in node.items()}
    if node.pop("x-kubernetes-int-or-string", False):
        node.pop("type", None)
        node["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if node.pop("nullable", False) and "type" in node:
        node["type"] = [node["type"], "null"]
    preserve = node.get("x-kubernetes-preserve-unknown-fields", False)
    if "properties" in node and "additionalProperties" not in node and not preserve:
        node["additionalProperties"] = False
    return node


def crds(out_dir, files):
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for file in files:
        for crd in yaml.safe_load_all(pathlib.Path(file).read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            spec = crd["spec"]
            kind = spec["names"]["kind"]
            for version in spec["versions"]:
                schema = strict(version["schema"]["openAPIV3Schema"])
                # metadata is checked by the API server, not by the CRD: any object.
                schema.setdefault("properties", {})["metadata"] = {"type": "object"}
                name = f"{kind.lower()}-{spec['group']}-{version['name']}.json"
                (out / name).write_text(json.dumps(schema))
                print(f"    {kind} {spec['group']}/{version['name']}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "kubernetes":
        kubernetes(*sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "crds":
        crds(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
