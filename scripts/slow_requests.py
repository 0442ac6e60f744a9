#!/usr/bin/env python3
"""The slowest requests into the services, each with a link to its trace.

VictoriaMetrics keeps no exemplars, so the way from a slow route on the dashboard to the traces
behind it is Liberty's access log in the log store: every record carries its duration and its
trace id. The query is written here once; the dashboard's link and ./shop slow both use it.

  slow_requests.py print MINUTES LIMIT    the slowest requests of the last MINUTES, slowest first
  slow_requests.py link                   the logs UI showing the same (the dashboard links to it)
  slow_requests.py dashboards SRC DEST    copy the dashboards, {{slow_requests_link}} filled in
Ports come from the environment (ports.env, exported by scripts/lib.sh).
"""
import json
import os
import sys
from datetime import datetime
import urllib.parse
import urllib.request

LOGS = "http://127.0.0.1:%s" % os.environ["LOGS_PORT"]
ZIPKIN = "http://127.0.0.1:%s/zipkin/traces/" % os.environ["ZIPKIN_PORT"]
ELAPSED = "io.openliberty.access_log.elapsed_time"   # microseconds
FIELDS = ["_time", "service.name", "_msg", "http.response.status_code", "duration_ms", "trace"]


def query(limit):
    return (f"io.openliberty.type:liberty_accesslog trace_id:* | sort by ({ELAPSED} desc) | limit {limit}"
            f" | math round({ELAPSED} / 1000) as duration_ms"
            f' | format "{ZIPKIN}<trace_id>" as trace'
            f" | fields {', '.join(FIELDS)}")


def print_slowest(minutes, limit):
    body = urllib.parse.urlencode({"query": f"_time:{minutes}m {query(limit)}"}).encode()
    try:
        with urllib.request.urlopen(LOGS + "/select/logsql/query", body, timeout=10) as answer:
            rows = [json.loads(line) for line in answer.read().decode().splitlines() if line.strip()]
    except OSError as failure:
        sys.exit(f"slow: the log store does not answer at {LOGS} ({failure}): is the system up?")
    for row in rows:
        request = row.get("_msg", "").removesuffix(" HTTP/1.1")
        when = datetime.fromisoformat(row["_time"]).strftime("%H:%M:%S.%f")[:-3]
        print("%s  %-17s %-42s %3s %7s ms  %s" % (when, row.get("service.name", "?"), request,
                                                 row.get("http.response.status_code", "?"), row["duration_ms"], row["trace"]))
    print("%d request%s in the last %s min; in the logs UI: %s" % (len(rows), "" if len(rows) == 1 else "s", minutes, link()))


def link():
    params = {"query": query(20), "g0.range_input": "15m", "displayFields": ",".join(FIELDS[1:])}
    return LOGS + "/select/vmui/#/?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe=":/,")


def dashboards(source, target):
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(source):
        with open(os.path.join(source, name)) as template:
            text = template.read().replace("{{slow_requests_link}}", link())
        json.loads(text)  # still a dashboard vmui can read
        with open(os.path.join(target, name), "w") as out:
            out.write(text)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"print": lambda: print_slowest(int(args[0]), int(args[1])),
     "link": lambda: print(link()),
     "dashboards": lambda: dashboards(*args)}[command]()
