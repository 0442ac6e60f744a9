"""Prints a trace from the Zipkin v2 API as an indented tree: duration, service, app or sidecar, span."""
import json
import sys

spans = json.load(sys.stdin)
by_id = {span["id"]: span for span in spans}
children = {}
for span in spans:
    children.setdefault(span.get("parentId"), []).append(span)


def show(span, depth):
    sidecar = span.get("tags", {}).get("otel.library.name") in ("dapr-diagnostics", "durabletask")
    print("%9.1f ms  %s%s (%s) %s" % (span.get("duration", 0) / 1000, "  " * depth,
                                     span["localEndpoint"].get("serviceName", "?"), "sidecar" if sidecar else "app",
                                     span["name"]))
    for child in sorted(children.get(span["id"], []), key=lambda s: s["timestamp"]):
        show(child, depth + 1)


roots = sorted((s for s in spans if s.get("parentId") not in by_id), key=lambda s: s["timestamp"])
for root in roots:
    show(root, 0)
print("%d spans, %d root%s" % (len(spans), len(roots), "" if len(roots) == 1 else "s (a parent is missing)"))
