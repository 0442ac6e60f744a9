"""Prints a MicroProfile JWT for the local run, signed RS256 with the local issuer key (openssl signs).

    jwt_token.py KEY.pem ISSUER ROLE [SECONDS]
"""
import base64
import json
import subprocess
import sys
import time
import uuid


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main():
    key, issuer, role = sys.argv[1:4]
    seconds = int(sys.argv[4]) if len(sys.argv) > 4 else 8 * 3600
    now = int(time.time())
    header = {"alg": "RS256", "typ": "JWT"}
    claims = {"iss": issuer, "sub": role, "upn": role, "groups": [role], "aud": "daprshop",
              "iat": now, "exp": now + seconds, "jti": str(uuid.uuid4())}
    signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(),
                               capture_output=True, check=True).stdout
    print(signing_input + "." + b64(signature))


if __name__ == "__main__":
    main()
