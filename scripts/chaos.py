"""./shop chaos: a steady load of orders while components are killed (kill -9) one at a time and
brought back; then the invariants, per fault and in all.

    chaos.py --rate 6 --faults liberty,daprd-payment --down 5 --settle 20 --payment-timeout 20 --out result.json

Clients act as a careful client would: a POST that gets no answer, a 5xx or a 503 is sent again
with the same Idempotency-Key, backing off with jitter (at most RETRY_FOR_S), so an order is
placed once however often it is sent. Each order has its own customer, so its mails can be counted. Checked after the drain:
every accepted order final within the payment timeout + 60 s (counted from when it was accepted, or
when the last fault it ran into was repaired), APPROVED payment if and only if the
order is COMPLETED, for every product initial = available + reserved + sold with nothing reserved,
exactly one receipt for every COMPLETED order (a receipt may come again after a crash between its
send and its record only when that second mail says "(sent again)"). Exit status 1 when any of it does not hold.
Loopback only; every wait is bounded.
"""
import argparse
import atexit
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import FINAL, FinalStates, Http, Step, parallel, placing_order, port, say  # noqa: E402

RETRY_FOR_S = 300          # a client gives up on an order it could not place in this time
BACKOFF_MAX_S = 8          # a client waits longer after each failed attempt, up to this (and the Retry-After)
FINAL_WITHIN_S = 60        # every order final within the payment timeout + this, after its last fault was repaired
BOOKS_SETTLE_S = 60        # refunds, releases and receipts follow the final states within this
MAIL_DOMAIN = "customers.daprshop.test"


class ChaosStep(Step):
    """The benchmark's open-loop step, with clients that retry with the same key."""

    def send(self, n, planned, product):
        key = f"{self.run_id}-{n}"
        body = {"customerId": f"chaos-{self.run_id}-{n}", "items": [{"productId": product, "quantity": 1}]}
        entry = {"planned": planned, "product": product, "status": None, "order": None, "customer": body["customerId"],
                 "attempts": 0}
        give_up = time.monotonic() + RETRY_FOR_S
        while True:
            entry["attempts"] += 1
            try:
                status, headers, payload = self.orders.call("POST", "/orders", body, {"Idempotency-Key": key})
            except OSError as failed:
                status, headers, payload = "error", {}, str(failed).encode()
            entry["status"] = status
            if status == 202:
                answer = json.loads(payload)
                entry["order"], entry["trace"] = answer["orderId"], answer.get("traceId")
                entry["accepted_at"] = time.monotonic()
                self.finals.follow(entry["order"])
                break
            placing = placing_order(payload) if status == 503 else None
            if placing:   # not confirmed in time, maybe placed yet: followed even if the retries give up
                entry["order"] = placing
            if isinstance(status, int) and 400 <= status < 500 or time.monotonic() >= give_up:
                entry["error"] = payload[:200].decode(errors="replace")
                if entry["order"]:
                    entry["accepted_at"] = time.monotonic()
                    self.finals.follow(entry["order"])
                break
            backoff = min(BACKOFF_MAX_S, 0.5 * 2 ** entry["attempts"])
            time.sleep(max(float((headers or {}).get("Retry-After", 0)), backoff) * random.uniform(0.5, 1.5))
        entry["answered"] = time.monotonic()
        with self.lock:
            self.posts.append(entry)


def shop(*args):
    say("./shop " + " ".join(args))
    subprocess.run([os.path.join(os.environ["ROOT"], "shop"), *args], check=True, stdout=subprocess.DEVNULL)


def kill(name):
    """kill -9 of the component's whole process session, as a crash would."""
    with open(os.path.join(os.environ["STATE"], "run", f"{name}.pid")) as f:
        pid = int(f.read())
    say(f"kill -9 {name} (session {pid})")
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_faults(faults, down_s, settle_s, windows):
    for name in faults:
        time.sleep(settle_s)
        start = time.monotonic()
        kill(name)
        time.sleep(down_s)
        shop("start", name)
        windows.append((name, start, time.monotonic()))
        say(f"{name} back after {time.monotonic() - start:.0f} s")
    time.sleep(settle_s)


def mails(customer):
    """The subjects in the customer's inbox (the mail server answers 400 for a customer it never saw)."""
    url = f"http://127.0.0.1:{port('MAIL_API_PORT')}/api/user/{customer}@{MAIL_DOMAIN}/messages/INBOX"
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return [m.get("subject", "") for m in json.load(answer)]
    except urllib.error.HTTPError as refused:
        if refused.code == 400:
            return []
        raise


def reconciled(step, accepted):
    """The books' problems once they are settled: refunds, releases and receipts follow an order's
    final state by a few events; they get BOOKS_SETTLE_S, checked again every 5 s."""
    deadline = time.monotonic() + BOOKS_SETTLE_S
    while True:
        problems = step.verify(accepted) + receipt_problems(accepted)
        if not problems or time.monotonic() >= deadline:
            return problems
        say(f"  {len(problems)} problem(s) in the books, e.g. {problems[0]}: checking again in 5 s")
        time.sleep(5)


def receipt_problems(accepted):
    """Exactly one receipt for every COMPLETED order: one first mail, or none and one marked as sent
    again (its first attempt crashed before it was sent); any further copy only marked as sent again."""
    def receipts(p):
        subjects = [s for s in mails(p["customer"]) if s.startswith("Your receipt")]
        again = sum(1 for s in subjects if s.endswith("(sent again)"))
        return p.get("final"), len(subjects) - again, again
    problems, resent = [], 0
    for p, (status, first, again) in zip(accepted, parallel(accepted, receipts)):
        resent += again
        if status == "COMPLETED" and (first > 1 or first + again == 0):
            problems.append(f"order {p['order']} COMPLETED with {first} receipts (+{again} marked as sent again)")
    if resent:
        say(f"  {resent} receipt(s) marked as sent again (a crash between a send and its record)")
    return problems


def fault_of(entry, windows, settle_s):
    """The fault an order's first attempt fell into (from its kill until settle_s after it was back)."""
    for name, start, back in windows:
        if start <= entry["planned"] <= back + settle_s:
            return name
    return "none"


def main():
    parser = argparse.ArgumentParser(prog="chaos.py")
    parser.add_argument("--rate", type=float, default=6)
    parser.add_argument("--faults", default="daprd-payment,daprd-inventory,daprd-order,liberty,scheduler,placement,redis")
    parser.add_argument("--down", type=float, default=5)
    parser.add_argument("--settle", type=float, default=20)
    parser.add_argument("--payment-timeout", type=int, default=20)
    parser.add_argument("--products", type=int, default=10)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    faults = [f for f in args.faults.split(",") if f]
    with open(os.path.join(os.environ["STATE"], "secrets.json")) as f:
        password = json.load(f)["redis-password"]
    finals = FinalStates(port("REDIS_PORT"), password)
    # The payment timeout is a live setting: short, so that orders a fault cut off end soon.
    finals.command("SET", "order.payment-timeout-seconds", f"{args.payment_timeout}||{int(time.time())}")
    atexit.register(finals.command, "DEL", "order.payment-timeout-seconds")
    orders = Http(port("ORDER_HTTP_PORT"))
    inventory = Http(port("INVENTORY_HTTP_PORT"), timeout=10)
    payments = Http(port("PAYMENT_HTTP_PORT"), timeout=10)
    seconds = 3600                # the load ends when the last fault has settled
    step_args = argparse.Namespace(seconds=seconds, drain=args.payment_timeout + FINAL_WITHIN_S + 30, products=args.products,
                                   hot=False, seed="chaos", run_id=f"chaos{int(time.time())}", label="chaos")
    step = ChaosStep(step_args, args.rate, 0, orders, inventory, payments, finals)
    say(f"chaos: {args.rate} orders/s while killing {', '.join(faults)} (down {args.down} s each), "
        f"payment timeout {args.payment_timeout} s")
    step.stock_up()
    windows = []
    loader = threading.Thread(target=step.load, daemon=True)
    loader.start()
    try:
        run_faults(faults, args.down, args.settle, windows)
    finally:
        step.stopped.set()
    loader.join(RETRY_FOR_S + 30)
    say("draining: every accepted order final?")
    accepted = step.drain()
    problems = reconciled(step, accepted)
    limit = args.payment_timeout + FINAL_WITHIN_S
    def clock_start(p):
        repaired = [back for _, start, back in windows if start <= p["final_at"] and back > p["accepted_at"]]
        return max([p["accepted_at"], *repaired])
    late = [p for p in accepted if "final_at" in p and p["final_at"] - clock_start(p) > limit]
    problems += [f"order {p['order']} final {p['final_at'] - clock_start(p):.0f} s after it was accepted or its fault "
                 f"repaired (> {limit} s)" for p in late]

    statuses = {p["order"]: p.get("final") for p in accepted}
    refused = [p for p in step.posts if not p["order"]]
    per_fault = {}
    for p in step.posts:
        row = per_fault.setdefault(fault_of(p, windows, args.settle), {"sent": 0, "accepted": 0, "retried": 0, **{s: 0 for s in FINAL}})
        row["sent"] += 1
        row["retried"] += p["attempts"] > 1
        if p["order"]:
            row["accepted"] += 1
            status = statuses.get(p["order"])
            if status in FINAL:
                row[status] += 1
    say(f"{'fault':16} {'sent':>5} {'accepted':>8} {'retried':>7} {'COMPLETED':>9} {'CANCELLED':>9} {'REJECTED':>8}")
    for name, row in per_fault.items():
        say(f"{name:16} {row['sent']:5} {row['accepted']:8} {row['retried']:7} {row['COMPLETED']:9} {row['CANCELLED']:9} "
            f"{row['REJECTED']:8}")
    for reason, count in step.reasons.items():
        say(f"{count} x {reason}")
    say(f"{len(refused)} orders never accepted (client gave up after {RETRY_FOR_S} s or got a 4xx)"
        + "".join(f"; {p['status']}: {p.get('error', '')[:120]}" for p in refused[:5]))
    for problem in problems[:30]:
        say(f"PROBLEM: {problem}")
    with open(args.out, "w") as f:
        json.dump({"rate": args.rate, "faults": [{"name": n, "down_s": round(b - s, 1)} for n, s, b in windows],
                   "per_fault": per_fault, "reasons": step.reasons, "never_accepted": len(refused),
                   "problems": problems}, f, indent=1)
    return 1 if problems or refused else 0


if __name__ == "__main__":
    sys.exit(main())
