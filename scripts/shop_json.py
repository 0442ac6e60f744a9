#!/usr/bin/env python3
"""The JSON that ./shop and its scripts read and write, in one place.

  shop_json.py get FILE KEY             print one member of a JSON object file
  shop_json.py field KEY                print one member of the JSON object on stdin ('' when absent)
  shop_json.py secrets FILE             create the local secrets file (random Redis password, gateway key)
  shop_json.py tokens FILE SERVICE...   add what the tokens file lacks: a Dapr and an app API token per
                                        service and the order id key (older files: the shared pair goes)
  shop_json.py module-dir               the directory of the module `go mod download -json` printed on stdin
Files it creates are readable by their owner only.
"""
import json
import os
import secrets
import sys


def write_private(path, value):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        print(json.dumps(value), file=out)


def get(path, key):
    with open(path) as source:
        print(json.load(source)[key])


def field(key):
    print(json.load(sys.stdin).get(key, ""))


def create_secrets(path):
    write_private(path, {"redis-password": secrets.token_hex(16), "payment-gateway-key": secrets.token_hex(32)})


def tokens(path, *services):
    current = {}
    if os.path.exists(path):
        with open(path) as source:
            current = json.load(source)
    current.pop("dapr-api-token", None), current.pop("app-api-token", None)   # one pair for all: before per-service tokens
    for name in [f"{svc}-{kind}-api-token" for svc in services for kind in ("dapr", "app")]:
        current.setdefault(name, secrets.token_hex(24))
    current.setdefault("order-id-key", secrets.token_hex(32))
    write_private(path, current)


def module_dir():
    module = json.load(sys.stdin)
    if "Error" in module:
        sys.exit("go mod download: " + module["Error"])
    print(module["Dir"])


COMMANDS = {"get": get, "field": field, "secrets": create_secrets, "tokens": tokens, "module-dir": module_dir}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    try:
        COMMANDS[sys.argv[1]](*sys.argv[2:])
    except TypeError:
        sys.exit(__doc__)
    except (OSError, KeyError, ValueError) as failure:
        sys.exit(f"shop_json.py {sys.argv[1]}: {failure!r}")
