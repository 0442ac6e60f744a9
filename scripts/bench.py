"""The project's benchmark (./shop bench): open-loop orders at given rates, each followed to its final state.

    bench.py run --label on --rates 10,20 --seconds 60 [--drain 90] [--products 50] [--hot] --out part.json
    bench.py report --dir bench/results/<stamp> part.json [part.json ...]

`run` measures one system as it runs now (./shop restarts it between tracing modes); `report` turns
the parts into result.json, report.md and charts. Loopback only; every loop is bounded in time.
Exit status 1 when an accepted order is not final after the drain or the books do not reconcile.
"""
import argparse
import atexit
import http.client
import json
import math
import os
import queue
import random
import socket
import sys
import threading
import time
import uuid

HOST = "127.0.0.1"
FINAL = ("COMPLETED", "REJECTED", "CANCELLED")
POST_TIMEOUT_S = 10
SENDERS = 256            # enough threads that a slow system delays no arrival (open loop)
IDLE_S = 10
JIT_SETTLED = 0.10        # warm when the JIT compilers use at most this share of one core
WARMUP_MAX_S = 240
# daprd 1.16 drops some new workflow instances under load (dapr/dapr#9641) and logs this; the
# order's deadline check cancels such an order at the payment timeout + 30 s.
ENGINE_LOSS = "Ignoring complete task which no longer exists: unknown instance ID: "
# The payment timeout during a run: short enough that the deadline check of an order the engine
# lost (timeout + 30 s) falls within the drain.
PAYMENT_TIMEOUT_S = 30
HEALTH_TIMEOUT_S = 5
AUDITED_TRACES = 5       # per step, the newest completed orders (the trace store keeps the newest spans)
TRACE_PARTS = {f"{svc}-service/{side}" for svc in ("order", "inventory", "payment") for side in ("app", "sidecar")}


def port(name):
    """A port of the running system: ./shop exports them all (defaults in ports.env)."""
    try:
        return int(os.environ[name])
    except KeyError:
        sys.exit(f"{name} is not set: run this through ./shop, which sets every port (ports.env)")


def say(text):
    print(f"    {text}", flush=True)


# ---------------------------------------------------------------------------------------------- HTTP

class Http:
    """One keep-alive connection per thread to one port."""

    def __init__(self, http_port, timeout=POST_TIMEOUT_S):
        self.port, self.timeout, self.local = http_port, timeout, threading.local()

    def call(self, method, path, body=None, headers=None):
        for attempt in (1, 2):   # a keep-alive connection the server closed is opened again, once
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            try:
                data = None if body is None else json.dumps(body).encode()
                conn.request(method, path, data, {"Content-Type": "application/json", **(headers or {})})
                response = conn.getresponse()
                payload = response.read()
                return response.status, dict(response.getheaders()), payload
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    raise
            except Exception:
                conn.close()
                self.local.conn = None
                raise


def parallel(items, work, threads=16):
    """Runs work(item) for every item on a few threads; returns the results in order. The first
    failure of any item is raised here, after the others have run."""
    results, failures, todo = [None] * len(items), [], queue.Queue()
    for i, item in enumerate(items):
        todo.put((i, item))

    def worker():
        while True:
            try:
                i, item = todo.get_nowait()
            except queue.Empty:
                return
            try:
                results[i] = work(item)
            except BaseException as failed:      # SystemExit too: a thread would swallow it
                failures.append(failed)

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if failures:
        raise failures[0]
    return results


# --------------------------------------------------------------------------------------------- Redis

class Redis:
    """The smallest RESP client that can AUTH, HGET and PSUBSCRIBE."""

    def __init__(self, redis_port, password):
        self.sock = socket.create_connection((HOST, redis_port), timeout=5)
        self.reader = self.sock.makefile("rb")
        if password:
            self.command("AUTH", password)

    def send(self, *args):
        out = [b"*%d\r\n" % len(args)]
        for arg in args:
            arg = arg.encode() if isinstance(arg, str) else arg
            out.append(b"$%d\r\n%s\r\n" % (len(arg), arg))
        self.sock.sendall(b"".join(out))

    def read(self):
        line = self.reader.readline()
        if not line:
            raise ConnectionError("redis closed the connection")
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RuntimeError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else self.reader.read(n + 2)[:-2]
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self.read() for _ in range(n)]
        raise RuntimeError(f"unexpected reply {line!r}")

    def command(self, *args):
        self.send(*args)
        return self.read()


class FinalStates:
    """Follows orders to their final state by reading the order store in Redis every 100 ms, all
    pending orders in one pipelined round trip: no polling of the services, so following costs the
    system under test next to nothing, and a restarted sidecar does not blind it."""

    INTERVAL_S = 0.1

    def __init__(self, redis_port, password):
        self.port, self.password = redis_port, password
        self.redis = Redis(redis_port, password)
        self.pending, self.seen = set(), {}      # order ids; order id -> (monotonic time, status)
        self.lock = threading.Lock()
        threading.Thread(target=self._poll, daemon=True).start()

    def follow(self, order_id):
        with self.lock:
            if order_id not in self.seen:
                self.pending.add(order_id)

    def _poll(self):
        while True:
            time.sleep(self.INTERVAL_S)
            try:
                self._read_pending()
            except (OSError, RuntimeError):     # Redis restarted (./shop chaos): connect again
                try:
                    self.redis = Redis(self.port, self.password)
                except OSError:
                    pass

    def _read_pending(self):
        with self.lock:
            batch = list(self.pending)
        if batch:
            for order_id in batch:
                self.redis.send("HGET", f"order-service||order-{order_id}", "data")
            at = time.monotonic()
            for order_id in batch:
                data = self.redis.read()
                status = json.loads(data).get("status") if data else None
                if status in FINAL:
                    with self.lock:
                        self.seen[order_id] = (at, status)
                        self.pending.discard(order_id)

    def command(self, *args):
        with self.lock:
            return Redis(self.port, self.password).command(*args)

    def final(self, order_id):
        with self.lock:
            return self.seen.get(order_id)


# ------------------------------------------------------------------------------------------ /proc

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


class Processes:
    """CPU seconds and resident memory of every component ./shop started (all processes of its
    session, so a launcher script's child counts too), and of this benchmark itself."""

    def __init__(self, run_dir):
        self.sessions = {}
        for name in sorted(os.listdir(run_dir)):
            if name.endswith(".pid"):
                with open(os.path.join(run_dir, name)) as f:
                    self.sessions[int(f.read().strip())] = name[:-4]
        self.bench_pid = os.getpid()

    def sample(self):
        """{component: (cpu seconds, rss bytes)} of this instant."""
        totals = {name: [0.0, 0] for name in self.sessions.values()}
        totals["bench (load generator)"] = [0.0, 0]
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            # Own CPU plus that of reaped children (Redis's snapshot forks), so nothing vanishes from a sum.
            session, rss = int(fields[3]), int(fields[21])
            utime, stime = int(fields[11]) + int(fields[13]), int(fields[12]) + int(fields[14])
            name = self.sessions.get(session)
            if name is None and int(entry) == self.bench_pid:
                name = "bench (load generator)"
            if name is not None:
                totals[name][0] += (utime + stime) / CLOCK_TICKS
                totals[name][1] += rss * PAGE
                jit = self._jit_seconds(entry)
                if jit:
                    # A JVM's compiler threads, shown apart: minutes after a start they still cost a share.
                    totals[name][0] -= jit
                    totals.setdefault(f"{name} (JIT)", [0.0, 0])[0] += jit
        return totals

    @staticmethod
    def _jit_seconds(pid):
        """CPU seconds of the HotSpot compiler threads (C1, C2) of process `pid`; 0 for a non-JVM."""
        total = 0.0
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return 0.0
        if len(tasks) < 8:
            return 0.0
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/stat") as f:
                    comm, rest = f.read().split("(", 1)[1].rsplit(")", 1)
            except OSError:
                continue
            if comm.startswith(("C1 Compiler", "C2 Compiler")):
                fields = rest.split()
                total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        return total


class Monitor:
    """Samples the processes every half second between start() and stop(): CPU used, peak RSS."""

    INTERVAL_S = 0.5

    def __init__(self, processes):
        self.processes, self.peak, self.running = processes, {}, False

    def start(self):
        self.samples = [(time.monotonic(), self.processes.sample())]
        self.peak = {name: rss for name, (_, rss) in self.samples[0][1].items()}
        self.running = True
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while self.running:
            time.sleep(self.INTERVAL_S)
            self._note()

    def _note(self):
        sample = self.processes.sample()
        self.samples.append((time.monotonic(), sample))
        for name, (_, rss) in sample.items():
            self.peak[name] = max(self.peak.get(name, 0), rss)

    def stop(self, until=None):
        """CPU from start() to the first sample at or after `until` (default: now), and that window's length;
        a step's window ends when its last order became final, not when the drain gave up waiting."""
        self.running = False
        self.thread.join()
        self._note()
        first_at, first = self.samples[0]
        last_at, last = next(((t, s) for t, s in self.samples if until is not None and t >= until), self.samples[-1])
        return {name: {"cpu_s": round(last[name][0] - first.get(name, (last[name][0], 0))[0], 3),
                       "peak_rss_mib": round(self.peak[name] / 2**20, 1)} for name in last}, last_at - first_at


class HealthProbe:
    """Asks every service's /health/ready once a second during a step, as a kubelet would: how long
    each answer took (a timeout counts as HEALTH_TIMEOUT_S), so a report shows whether the health
    endpoints stay quick while the system is saturated."""

    INTERVAL_S = 1.0

    def __init__(self, ports):
        self.clients = {name: Http(p, timeout=HEALTH_TIMEOUT_S) for name, p in ports.items()}
        self.answers, self.running = [], False

    def start(self):
        self.running = True
        self.threads = [threading.Thread(target=self._loop, args=(c,), daemon=True) for c in self.clients.values()]
        for t in self.threads:
            t.start()

    def _loop(self, client):
        while self.running:
            began = time.monotonic()
            try:
                status, _, _ = client.call("GET", "/health/ready")
            except OSError:
                status = "timeout"
            self.answers.append((status, (time.monotonic() - began) * 1000))
            time.sleep(max(0.0, self.INTERVAL_S - (time.monotonic() - began)))

    def stop(self):
        self.running = False
        for t in self.threads:
            t.join(HEALTH_TIMEOUT_S + 1)
        ms = [m for _, m in self.answers]
        return {**quantiles(ms, 50, 99), "max": round(max(ms), 1) if ms else None,
                "not_up": sum(1 for status, _ in self.answers if status != 200)}


# ---------------------------------------------------------------------------------------- the load

def placing_order(problem):
    """The order a 503 names (problem instance /orders/ID): one the server did not confirm in time
    but may still place. None for a plain refusal (nothing was done)."""
    try:
        instance = json.loads(problem).get("instance") or ""
    except ValueError:
        return None
    return instance.removeprefix("/orders/") if instance.startswith("/orders/") else None


def quantiles(values, *qs):
    if not values:
        return {f"p{q}": None for q in qs}
    ordered = sorted(values)
    return {f"p{q}": round(ordered[min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1)], 1) for q in qs}


class Step:
    """One rate for a fixed time: Poisson arrivals, each POST on its own thread from a pool large
    enough that a slow answer never delays the next arrival; latency counts from the planned send
    time, so a backed-up client shows as latency, not as a lower rate."""

    def __init__(self, args, rate, index, orders_http, inventory_http, payments_http, finals, seconds=None):
        self.args, self.rate, self.index = args, rate, index
        self.seconds = seconds or args.seconds
        self.orders, self.inventory, self.payments, self.finals = orders_http, inventory_http, payments_http, finals
        self.run_id = f"{args.run_id}-{args.label}-s{index}"
        count = 1 if args.hot else args.products
        self.products = [f"bench-{self.run_id}-p{i}" for i in range(count)]
        self.initial = math.ceil(rate * self.seconds * 1.5) + 10   # any product could take every order: none refused
        self.posts = []           # dicts: planned, answered, status, order id, product
        self.lock = threading.Lock()
        self.stopped = threading.Event()   # set: no further arrivals (./shop chaos ends its load so)

    def stock_up(self):
        def put(product):
            for attempt in (1, 2, 3):     # setting stock is idempotent; it is set-up, not what is measured
                try:
                    status, _, body = self.inventory.call("PUT", f"/inventory/{product}",
                                                          {"available": self.initial, "unitPrice": 9.90},
                                                          {"Authorization": "Bearer " + os.environ.get("ADMIN_TOKEN", "")})
                except OSError as failed:
                    status, body = "no answer", repr(failed).encode()
                if status == 200:
                    return
                say(f"  PUT /inventory/{product} answered {status} (attempt {attempt} of 3): {body[:200]!r}")
                time.sleep(1)
            raise SystemExit(f"bench: could not set the stock of {product}: PUT /inventory answered {status}")
        parallel(self.products, put, threads=8)

    def arrivals(self):
        rnd = random.Random(f"{self.args.seed}-{self.index}")
        t, plan = 0.0, []
        while True:
            t += rnd.expovariate(self.rate)
            if t >= self.seconds:
                return plan
            plan.append((t, rnd.choice(self.products)))

    def send(self, n, planned, product):
        key = f"{self.run_id}-{n}"
        body = {"customerId": f"bench-{n % 1000}", "items": [{"productId": product, "quantity": 1}]}
        entry = {"planned": planned, "product": product, "status": None, "order": None}
        try:
            status, headers, payload = self.orders.call("POST", "/orders", body, {"Idempotency-Key": key})
            entry["status"] = status
            if status == 202:
                answer = json.loads(payload)
                entry["order"], entry["trace"] = answer["orderId"], answer.get("traceId")
                self.finals.follow(entry["order"])
            elif status == 503:
                entry["retry_after"] = headers.get("Retry-After")
                placing = placing_order(payload)
                if placing:   # not confirmed in time, and maybe placed yet: its books count
                    entry["order"], entry["late"] = placing, True
                    self.finals.follow(placing)
            else:
                entry["error"] = payload[:200].decode(errors="replace")
        except (socket.timeout, TimeoutError):
            entry["status"] = "timeout"
        except OSError as failed:
            entry["status"], entry["error"] = "error", str(failed)
        entry["answered"] = time.monotonic()
        with self.lock:
            self.posts.append(entry)

    def load(self):
        plan = self.arrivals()
        work = queue.Queue()

        def sender():
            while True:
                item = work.get()
                if item is None:
                    return
                self.send(*item)

        pool = [threading.Thread(target=sender, daemon=True) for _ in range(SENDERS)]
        for t in pool:
            t.start()
        start = time.monotonic()
        next_report = start + 10
        for n, (offset, product) in enumerate(plan):
            if self.stopped.is_set():
                break
            planned = start + offset
            delay = planned - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            work.put((n, planned, product))
            if time.monotonic() >= next_report:
                next_report += 10
                with self.lock:
                    done = sum(1 for p in self.posts if p["order"] and self.finals.final(p["order"]))
                say(f"  {time.monotonic() - start:4.0f} s: {n + 1} sent, {len(self.posts)} answered, {done} final")
        for _ in pool:
            work.put(None)
        for t in pool:
            t.join(POST_TIMEOUT_S + 5)
        self.load_seconds = time.monotonic() - start
        self.started = start
        self.planned = len(plan)

    def drain(self):
        """Waits until every accepted order is final, at most --drain seconds after the last POST."""
        deadline = time.monotonic() + self.args.drain
        accepted = [p for p in self.posts if p["order"]]
        next_report = time.monotonic() + 10
        while time.monotonic() < deadline:
            waiting = sum(1 for p in accepted if not self.finals.final(p["order"]))
            if not waiting:
                break
            if time.monotonic() >= next_report:
                next_report += 10
                say(f"  draining: {waiting} of {len(accepted)} accepted orders not final yet")
            time.sleep(0.2)
        for p in accepted:
            seen = self.finals.final(p["order"])
            if seen:
                p["final_at"], p["final"] = seen
        return accepted

    # ------------------------------------------------------------------------------- checks

    def verify(self, accepted):
        """The books after the drain, through the public API: each order's status as the store
        showed it, APPROVED payment if and only if COMPLETED, stock initial = available + sold and
        nothing reserved."""
        problems = []

        def check(p):
            status, _, body = self.orders.call("GET", f"/orders/{p['order']}")
            order = json.loads(body) if status == 200 else {}
            pstatus, _, pbody = self.payments.call("GET", f"/payments/{p['order']}")
            payment = json.loads(pbody).get("status") if pstatus == 200 else None
            return order.get("status"), payment, order.get("reason")

        failures = []

        def checked(p):
            if len(failures) >= 20:      # the system does not answer: say so instead of waiting on every order
                return None, None, None
            try:
                return check(p)
            except (OSError, ValueError) as failed:
                failures.append(failed)
                return None, None, None

        answers = parallel(accepted, checked)
        if len(failures) >= 20:
            problems.append(f"verification stopped: {len(failures)} reads failed ({failures[0]!r}); the system does not answer")
        sold, self.reasons = {}, {}
        for p, (status, payment, reason) in zip(accepted, answers):
            if status in ("REJECTED", "CANCELLED"):
                self.reasons[f"{status}: {reason}"] = self.reasons.get(f"{status}: {reason}", 0) + 1
            if status not in FINAL or "final" not in p:
                problems.append(f"order {p['order']} not final within the drain (now {status})")
            elif p.get("final") and status != p["final"]:
                problems.append(f"order {p['order']}: the store showed {p['final']}, the API {status}")
            if (payment == "APPROVED") != (status == "COMPLETED"):
                problems.append(f"order {p['order']} is {status} with payment {payment}")
            if status == "COMPLETED":
                sold[p["product"]] = sold.get(p["product"], 0) + 1
        for product in self.products if len(failures) < 20 else []:
            try:
                status, _, body = self.inventory.call("GET", f"/inventory/{product}")
                stock = json.loads(body)
            except (OSError, ValueError) as failed:
                problems.append(f"{product}: the stock could not be read ({failed!r})")
                break
            if status != 200:
                problems.append(f"{product}: GET /inventory answered {status}: {body[:200].decode(errors='replace')}")
                continue
            if stock["reserved"] != 0:
                problems.append(f"{product}: {stock['reserved']} units still reserved")
            if stock["available"] + stock["reserved"] + sold.get(product, 0) != self.initial:
                problems.append(f"{product}: available {stock['available']} + reserved {stock['reserved']} + sold "
                                f"{sold.get(product, 0)} != initial {self.initial}")
        return problems

    def audit_traces(self, accepted, zipkin_port):
        """The newest completed orders' traces: one root, no span whose parent is missing, all six parts."""
        completed = sorted((p for p in accepted if p.get("final") == "COMPLETED" and p.get("trace")),
                           key=lambda p: p["planned"])[-AUDITED_TRACES:]
        zipkin = Http(zipkin_port)
        audits = []
        for p in completed:
            deadline, verdict = time.monotonic() + 30, None
            while time.monotonic() < deadline:
                status, _, body = zipkin.call("GET", f"/api/v2/trace/{p['trace']}")
                spans = json.loads(body) if status == 200 else []
                ids = {s["id"] for s in spans}
                roots = [s for s in spans if "parentId" not in s]
                orphans = [s["name"] for s in spans if "parentId" in s and s["parentId"] not in ids]
                parts = {s["localEndpoint"].get("serviceName", "?") + "/" + (
                    "sidecar" if s.get("tags", {}).get("otel.library.name") in ("dapr-diagnostics", "durabletask")
                    else "app") for s in spans}
                settled = any(s["name"] == "dapr.workflow.activity completeorderactivity" for s in spans)
                verdict = {"trace": p["trace"], "spans": len(spans), "roots": len(roots), "orphans": orphans[:5],
                           "missing": sorted(TRACE_PARTS - parts), "settled": settled}
                if len(roots) == 1 and not orphans and not verdict["missing"] and settled:
                    break
                time.sleep(1)
            verdict["ok"] = (verdict["roots"] == 1 and not verdict["orphans"] and not verdict["missing"]
                             and verdict["settled"])
            audits.append(verdict)
        return audits

    def summary(self, accepted, usage, window_s, problems, audits):
        posts = self.posts
        post_ms = [(p["answered"] - p["planned"]) * 1000 for p in posts if p["status"] == 202]
        refused_ms = [(p["answered"] - p["planned"]) * 1000 for p in posts if p["status"] == 503]
        late = sum(1 for p in posts if p.get("late"))
        final_s = [p["final_at"] - p["planned"] for p in accepted if "final_at" in p]
        finals = {s: sum(1 for p in accepted if p.get("final") == s) for s in FINAL}
        not_final = [p["order"] for p in accepted if "final" not in p]
        completed_in_window = [p for p in accepted if "final_at" in p]
        last = max((p["final_at"] for p in completed_in_window), default=self.started + self.load_seconds)
        answers = {}
        for p in posts:
            answers[str(p["status"])] = answers.get(str(p["status"]), 0) + 1
        ends = max(1, len(completed_in_window))
        return {
            "label": self.args.label, "offered_per_s": self.rate, "seconds": self.seconds,
            "hot": self.args.hot, "products": len(self.products),
            "sent": self.planned, "sent_per_s": round(self.planned / self.load_seconds, 1),
            "answers": answers, "accepted": len(accepted), "not_confirmed_in_time": late,
            "final_per_s": round(len(completed_in_window) / max(0.001, last - self.started), 1),
            "completed_per_s": round(finals["COMPLETED"] / max(0.001, last - self.started), 1),
            "finals": finals, "reasons": self.reasons, "not_final": not_final,
            "post_ms": {**quantiles(post_ms, 50, 90, 99), "max": round(max(post_ms), 1) if post_ms else None},
            "refused_ms": {**quantiles(refused_ms, 50, 99), "max": round(max(refused_ms), 1) if refused_ms else None},
            "final_s": {k: (None if v is None else round(v / 1000, 3)) for k, v in
                        quantiles([s * 1000 for s in final_s], 50, 90, 99).items()},
            "window_s": round(window_s, 1),
            "cpu_ms_per_order": {name: round(u["cpu_s"] * 1000 / ends, 1) for name, u in usage.items()},
            "cpu_ms_per_order_total": round(sum(u["cpu_s"] for n, u in usage.items()
                                                if not n.startswith("bench")) * 1000 / ends, 1),
            "cpu_percent": {name: round(u["cpu_s"] * 100 / window_s, 1) for name, u in usage.items()},
            "peak_rss_mib": {name: u["peak_rss_mib"] for name, u in usage.items()},
            "traces": audits, "problems": problems,
        }


def warm_up(args, orders, inventory, payments, finals, processes):
    """Load at the first rate (not measured) for --warmup seconds, then on in 10 s rounds while the
    JVMs' JIT compilers still use more than JIT_SETTLED of a core, at most WARMUP_MAX_S: minutes
    after a start C2 is still compiling, and a step measured meanwhile pays for it."""
    say(f"warm-up (not measured): {args.rates[0]} orders/s for {args.warmup} s, then until the JIT has settled")
    started, seconds, round_no = time.monotonic(), args.warmup, 0
    while True:
        before = processes.sample()
        round_start = time.monotonic()
        warmup = Step(args, args.rates[0], f"w{round_no}", orders, inventory, payments, finals, seconds=seconds)
        warmup.stock_up()
        warmup.load()
        warmup.drain()
        after = processes.sample()
        jit = sum(after[n][0] - before.get(n, (after[n][0], 0))[0] for n in after if n.endswith("(JIT)"))
        share = jit / (time.monotonic() - round_start)
        if share <= JIT_SETTLED or time.monotonic() - started >= WARMUP_MAX_S:
            say(f"  warm after {time.monotonic() - started:.0f} s (JIT {share:.0%} of a core in the last round)")
            return
        say(f"  JIT still at {share:.0%} of a core: warming on")
        seconds, round_no = 10, round_no + 1


def engine_losses(order_ids):
    """The orders among `order_ids` that daprd-order's log says its workflow engine lost."""
    if not order_ids:
        return set()
    try:
        with open(os.path.join(os.environ["STATE"], "logs", "daprd-order.log"), errors="replace") as f:
            logged = {line.split(ENGINE_LOSS, 1)[1][:36] for line in f if ENGINE_LOSS in line}
    except OSError:
        return set()
    return order_ids & logged


def run(args):
    run_dir = os.path.join(os.environ["STATE"], "run")
    with open(os.path.join(os.environ["STATE"], "secrets.json")) as f:
        password = json.load(f)["redis-password"]
    orders = Http(port("ORDER_HTTP_PORT"))
    inventory = Http(port("INVENTORY_HTTP_PORT"), timeout=5)
    payments = Http(port("PAYMENT_HTTP_PORT"), timeout=5)
    finals = FinalStates(port("REDIS_PORT"), password)
    finals.command("SET", "order.payment-timeout-seconds", f"{PAYMENT_TIMEOUT_S}||{int(time.time())}")
    atexit.register(finals.command, "DEL", "order.payment-timeout-seconds")   # the default again, however the run ends
    processes = Processes(run_dir)
    if args.warmup:
        warm_up(args, orders, inventory, payments, finals, processes)
    say(f"idle (no orders) for {IDLE_S} s: what the system burns doing nothing")
    monitor = Monitor(processes)
    monitor.start()
    time.sleep(IDLE_S)
    usage, window_s = monitor.stop()
    idle = {name: round(u["cpu_s"] * 100 / window_s, 1) for name, u in usage.items()}
    steps = []
    for index, rate in enumerate(args.rates):
        step = Step(args, rate, index, orders, inventory, payments, finals)
        say(f"step {index + 1}/{len(args.rates)} (tracing {args.label}): {rate} orders/s for {args.seconds} s over "
            f"{len(step.products)} product{'s' if len(step.products) > 1 else ''}")
        step.stock_up()
        monitor = Monitor(processes)
        monitor.start()
        health = HealthProbe({svc: port(f"{svc.upper()}_HTTP_PORT") for svc in ("order", "inventory", "payment")})
        health.start()
        step.load()
        health_ms = health.stop()
        accepted = step.drain()
        usage, window_s = monitor.stop(until=max((p["final_at"] for p in accepted if "final_at" in p), default=None))
        audits = step.audit_traces(accepted, port("ZIPKIN_PORT")) if args.label == "on" else []
        lost = engine_losses({p["order"] for p in accepted})
        problems = step.verify(accepted)
        problems += [f"trace {a['trace']}: {a['roots']} roots, orphans {a['orphans']}, missing {a['missing']}"
                     + ("" if a["settled"] else ", no settle step") for a in audits if not a["ok"]]
        result = step.summary(accepted, usage, window_s, problems, audits)
        result["engine_lost"] = len(lost)
        result["health_ms"] = health_ms
        steps.append(result)
        say(f"  {result['completed_per_s']} completed/s; POST p50 {result['post_ms']['p50']} p99 "
            f"{result['post_ms']['p99']} ms; {result['answers'].get('503', 0)} refused (503) p99 "
            f"{result['refused_ms']['p99']} ms; /health/ready max {health_ms['max']} ms; final p50 {result['final_s']['p50']} p99 {result['final_s']['p99']} s; "
            f"{result['finals']}; {len(result['not_final'])} not final; "
            f"{result['cpu_ms_per_order_total']} ms CPU per order; {len(problems)} problem(s)")
        for reason, count in result["reasons"].items():
            say(f"  {count} x {reason}")
        if lost:
            say(f"  {len(lost)} order(s) dropped by daprd's workflow engine (dapr/dapr#9641), ended by their deadline check")
        for problem in problems[:20]:
            say(f"  PROBLEM: {problem}")
        with open(args.out, "w") as f:      # after every step: a run cut short keeps what it measured
            json.dump({"label": args.label, "idle_cpu_percent": idle, "steps": steps}, f, indent=1)
        if args.pause and index + 1 < len(args.rates):
            time.sleep(args.pause)
    return 1 if any(s["problems"] for s in steps) else 0


# -------------------------------------------------------------------------------------- the report

def machine():
    with open("/proc/cpuinfo") as f:
        model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    with open("/proc/meminfo") as f:
        mem_kib = int(f.readline().split()[1])
    return {"cpus": os.cpu_count(), "cpu_model": model, "memory_gib": round(mem_kib / 2**20, 1),
            "kernel": os.uname().release}


def report(args):
    parts = []
    for path in args.parts:
        with open(path) as f:
            parts.append(json.load(f))
    os.makedirs(args.dir, exist_ok=True)
    result = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine(),
              "versions": json.loads(args.versions or "{}"), "command": args.command, "runs": parts}
    with open(os.path.join(args.dir, "result.json"), "w") as f:
        json.dump(result, f, indent=1)
    charts = draw(parts, args.dir)
    with open(os.path.join(args.dir, "report.md"), "w") as f:
        f.write(markdown(result, charts))
    say(f"report: {os.path.join(args.dir, 'report.md')}")


def health(step):
    h = step.get("health_ms")
    if not h:
        return "–"
    return f"{h['p99']} / {h['max']}" + (f" ({h['not_up']} not 200)" if h["not_up"] else "")


def table(steps):
    rows = ["| tracing | offered/s | sent/s | completed/s | POST p50 / p90 / p99 / max ms | POST → final p50 / p90 / p99 s "
            "| completed / rejected / cancelled | 503: count, p50 / p99 / max ms | not final | CPU ms/order | traces ok "
            "| /health/ready p99 / max ms |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for s in steps:
        p, fs, f = s["post_ms"], s["final_s"], s["finals"]
        traces = f"{sum(a['ok'] for a in s['traces'])}/{len(s['traces'])}" if s["traces"] else "–"
        r = s.get("refused_ms") or {}
        refused = s['answers'].get('503', 0)
        refused = f"{refused}, {r['p50']} / {r['p99']} / {r['max']}" if refused else "0"
        if s.get("not_confirmed_in_time"):
            refused += f" ({s['not_confirmed_in_time']} not confirmed in time)"
        rows.append(f"| {s['label']} | {s['offered_per_s']} | {s['sent_per_s']} | {s['completed_per_s']} | "
                    f"{p['p50']} / {p['p90']} / {p['p99']} / {p['max']} | {fs['p50']} / {fs['p90']} / {fs['p99']} | "
                    f"{f['COMPLETED']} / {f['REJECTED']} / {f['CANCELLED']} | {refused} | "
                    f"{len(s['not_final'])} | {s['cpu_ms_per_order_total']} | {traces} | {health(s)} |")
    return "\n".join(rows)


def markdown(result, charts):
    m = result["machine"]
    steps = [s for run in result["runs"] for s in run["steps"]]
    lines = [f"# ./shop bench — {result['when']}", "",
             f"Command: `{result['command']}`  ", f"Machine: {m['cpus']} CPUs ({m['cpu_model']}), {m['memory_gib']} GiB, "
             f"Linux {m['kernel']}  ",
             "Versions: " + ", ".join(f"{k} {v}" for k, v in result["versions"].items()), "",
             table(steps), "",
             "CPU ms per order sums every process of the system (not the load generator) over the step, from the",
             "first POST until the last order was final, divided by the orders that reached a final state.", ""]
    names = sorted({n for s in steps for n in s["cpu_ms_per_order"]})
    idle = {run["label"]: run.get("idle_cpu_percent", {}) for run in result["runs"]}
    lines += ["## Where the CPU goes (ms per order, % of one core) and peak RSS (MiB)", "",
              "Idle: % of one core used with no orders, measured for 10 s before the steps.", "",
              "| process | " + " | ".join(f"idle, tracing {label}" for label in idle) + " | "
              + " | ".join(f"{s['label']} {s['offered_per_s']}/s" for s in steps) + " |",
              "|---|" + "---|" * (len(idle) + len(steps))]
    for n in names:
        lines.append(f"| {n} | " + " | ".join(f"{i.get(n, 0)}%" for i in idle.values()) + " | " + " | ".join(f"{s['cpu_ms_per_order'].get(n, 0)} ms ({s['cpu_percent'].get(n, 0)}%), "
                                             f"{s['peak_rss_mib'].get(n, 0)} MiB" for s in steps) + " |")
    lines.append("")
    for chart in charts:
        lines += [f"![{chart}]({chart})", ""]
    failures = [(s, p) for s in steps for p in s["problems"]]
    lines += ["## Problems", ""] + ([f"- {s['label']} {s['offered_per_s']}/s: {p}" for s, p in failures[:100]]
                                    or ["None: every accepted order final, stock and payments reconciled, traces whole."])
    reasons = [(s, r, n) for s in steps for r, n in s.get("reasons", {}).items()]
    if reasons:
        lines += ["", "## Orders not completed, by reason", ""]
        lines += [f"- {s['label']} {s['offered_per_s']}/s: {n} x {r}" for s, r, n in reasons]
    for s in steps:
        if s["not_final"]:
            more = f" and {len(s['not_final']) - 200} more" if len(s["not_final"]) > 200 else ""
            lines += ["", f"Not final after the drain ({s['label']} {s['offered_per_s']}/s, {len(s['not_final'])}): "
                      + ", ".join(s["not_final"][:200]) + more]
    return "\n".join(lines) + "\n"


def draw(parts, directory):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        say("no charts: matplotlib is not installed")
        return []
    charts = []
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    for run in parts:
        x = [s["offered_per_s"] for s in run["steps"]]
        ax1.plot(x, [s["completed_per_s"] for s in run["steps"]], marker="o", label=f"tracing {run['label']}")
        ax2.plot(x, [s["final_s"]["p50"] or 0 for s in run["steps"]], marker="o", label=f"p50, tracing {run['label']}")
        ax2.plot(x, [s["final_s"]["p99"] or 0 for s in run["steps"]], marker="x", linestyle="--",
                 label=f"p99, tracing {run['label']}")
    top = max(s["offered_per_s"] for run in parts for s in run["steps"])
    ax1.plot([0, top], [0, top], color="grey", linewidth=0.8, label="offered")
    ax1.set(xlabel="offered orders/s", ylabel="completed orders/s", title="Throughput")
    ax2.set(xlabel="offered orders/s", ylabel="seconds", title="POST → final state")
    for ax in (ax1, ax2):
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(directory, "throughput-latency.png"), dpi=90)
    charts.append("throughput-latency.png")
    plt.close(fig)

    steps = [s for run in parts for s in run["steps"]]
    names = sorted({n for s in steps for n in s["cpu_ms_per_order"] if not n.startswith("bench")},
                   key=lambda n: -max(s["cpu_ms_per_order"].get(n, 0) for s in steps))
    fig, ax = plt.subplots(figsize=(11, 4.5))
    ax.set_prop_cycle(color=plt.get_cmap("tab20").colors)
    labels = [f"{s['label']}\n{s['offered_per_s']}/s" for s in steps]
    bottom = [0.0] * len(steps)
    for n in names:
        values = [s["cpu_ms_per_order"].get(n, 0) for s in steps]
        ax.bar(labels, values, bottom=bottom, label=n)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set(ylabel="CPU ms per order", title="Where the CPU goes, by process")
    ax.legend(fontsize=7, ncol=2, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    fig.savefig(os.path.join(directory, "cpu-per-order.png"), dpi=90)
    charts.append("cpu-per-order.png")
    plt.close(fig)
    return charts


def main():
    parser = argparse.ArgumentParser(prog="bench.py")
    sub = parser.add_subparsers(dest="what", required=True)
    r = sub.add_parser("run")
    r.add_argument("--label", default="on")
    r.add_argument("--rates", type=lambda v: [float(x) for x in v.split(",")], default=[10.0])
    r.add_argument("--seconds", type=float, default=60)
    r.add_argument("--drain", type=float, default=90)
    r.add_argument("--products", type=int, default=50)
    r.add_argument("--hot", action="store_true")
    r.add_argument("--pause", type=float, default=5)
    r.add_argument("--warmup", type=float, default=30)
    r.add_argument("--seed", default="daprshop")
    r.add_argument("--run-id", default=uuid.uuid4().hex[:8])
    r.add_argument("--out", required=True)
    p = sub.add_parser("report")
    p.add_argument("--dir", required=True)
    p.add_argument("--command", default="./shop bench")
    p.add_argument("--versions")
    p.add_argument("parts", nargs="+")
    args = parser.parse_args()
    if args.what == "run":
        if any(rate <= 0 for rate in args.rates) or args.seconds <= 0 or args.products < 1:
            parser.error("rates and seconds must be positive, products at least 1")
        sys.exit(run(args))
    report(args)


if __name__ == "__main__":
    main()
