"""Runs the Redis container's own command line from a rendered manifest on this machine (the
local redis-server stands in for the image's; /data and /tmp are temporary directories, the port a
free one on 127.0.0.1) and checks what the manifest promises: it asks for the secret's password,
and a write that reached the append-only file is there again after a kill -9 and a restart. What
it cannot show here: that the cluster binds the volume claim.

    k8s_redis_crash.py RENDERED.yaml
"""
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import yaml

DEADLINE_S = 15


def redis_container(path):
    for doc in yaml.safe_load_all(open(path)):
        if doc and doc.get("kind") == "StatefulSet" and doc["metadata"]["name"] == "redis":
            return doc["spec"]["template"]["spec"]["containers"][0]
    sys.exit(f"{path}: no StatefulSet redis")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def until(what, check):
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    sys.exit(f"redis (the manifest's command): {what} not within {DEADLINE_S} s")


def in_append_only_file(data, key):
    for folder, _, files in os.walk(data):
        for name in files:
            if ".aof" in name and key in open(os.path.join(folder, name), "rb").read():
                return True
    return False


def main(path):
    container = redis_container(path)
    work = tempfile.mkdtemp(prefix="k8s-redis-")
    data, tmp = os.path.join(work, "data"), os.path.join(work, "tmp")
    os.makedirs(data), os.makedirs(tmp)
    port, password = free_port(), secrets.token_hex(16)
    script = " ".join(container["args"]).replace("/tmp/", tmp + "/").replace("--dir /data", "--dir " + data)
    script += f" --port {port} --bind 127.0.0.1"
    env = dict(os.environ, REDIS_PASSWORD=password, REDISCLI_AUTH=password)

    def cli(*args):
        return subprocess.run(["redis-cli", "-p", str(port), *args], env=env, capture_output=True, text=True,
                              timeout=5).stdout.strip()

    servers = []

    def start():
        server = subprocess.Popen(container["command"] + [script], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        servers.append(server)
        until("PONG", lambda: cli("ping") == "PONG")
        return server

    try:
        server = start()
        if subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True).stdout.strip() == "PONG":
            sys.exit("redis (the manifest's command): answers without the password")
        cli("set", "k8s-redis-crash", "kept")
        until("the write in the append-only file", lambda: in_append_only_file(data, b"k8s-redis-crash"))
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=5)
        server = start()
        kept = cli("get", "k8s-redis-crash")
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=5)
        if kept != "kept":
            sys.exit(f"redis (the manifest's command): a write from before a kill -9 is lost (got {kept!r})")
        print("    redis (the manifest's command, run here): asks for the secret's password;"
              " a write in the append-only file survives a kill -9")
    finally:
        for server in servers:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
