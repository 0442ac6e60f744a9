"""Prints log lines from VictoriaLogs' query API (JSON lines on stdin) in time order: time,
service, app or sidecar, severity, message. A sidecar's lines come from its log file (the
collector marks them process.executable.name=daprd); the services' come over OTLP from Liberty."""
import json
import sys

lines = [json.loads(line) for line in sys.stdin if line.strip()]
lines.sort(key=lambda entry: entry.get("_time", ""))
for entry in lines:
    sidecar = entry.get("process.executable.name") == "daprd"
    service = entry.get("service.name", "?")
    severity = entry.get("severity_text") or entry.get("level") or ""
    when = entry.get("_time", "")[11:23]   # HH:MM:SS.mmm of an RFC 3339 time
    message = entry.get("_msg", "").replace("\n", " ")
    print("%s  %-17s %-7s %-5s %s" % (when, service, "sidecar" if sidecar else "app", severity[:5], message))
print("%d log line%s" % (len(lines), "" if len(lines) == 1 else "s"))
