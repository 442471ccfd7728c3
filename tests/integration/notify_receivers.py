#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The other side of tst_notify and bench_notify: an HTTP receiver (SMS gateway, webhooks,
# group robots, WeChat endpoint, 12345 callback) and an SMTP server (python3-aiosmtpd from
# Debian). Every request becomes one JSON line in LOG. The HTTP receiver honours
# X-Message-Id: a message id seen before is answered 200 but marked "duplicate" and not
# counted as delivered again. /callback checks the HMAC-SHA256 signature with --secret and
# answers 401 when it is wrong. Prints "ready HTTP_PORT SMTP_PORT" once both listen.
import argparse
import hashlib
import hmac
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--log", required=True)
parser.add_argument("--secret", default="")
parser.add_argument("--delay-ms", type=int, default=0)
parser.add_argument("--fail-first", type=int, default=0, help="answer 503 to the first N /flaky requests")
parser.add_argument("--no-smtp", action="store_true")
args = parser.parse_args()

lock = threading.RLock()  # record() takes it again inside the /flaky branch
seen = set()
flaky_left = [args.fail_first]
log = open(args.log, "a", encoding="utf-8", buffering=1)


def record(entry):
    with lock:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in two writes: without TCP_NODELAY the body waits for the
    # client's delayed ACK, 40 ms per request.
    disable_nagle_algorithm = True

    def log_message(self, *a):
        pass

    def answer(self, status, body=b"{}"):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if args.delay_ms:
            time.sleep(args.delay_ms / 1000.0)
        path = self.path.split("?")[0]
        message_id = self.headers.get("X-Message-Id", "")
        entry = {"path": self.path, "method": self.command, "messageId": message_id,
                 "authorization": self.headers.get("Authorization", ""),
                 "signature": self.headers.get("X-Signature-SHA256", ""),
                 "body": body.decode("utf-8", "replace")}
        if path == "/flaky":
            with lock:
                if flaky_left[0] > 0:
                    flaky_left[0] -= 1
                    entry["status"] = 503
                    record(entry)
                    return self.answer(503)
        if path == "/callback":
            expected = "sha256=" + hmac.new(args.secret.encode(), body, hashlib.sha256).hexdigest()
            entry["signatureValid"] = hmac.compare_digest(expected, entry["signature"])
            if not entry["signatureValid"]:
                entry["status"] = 401
                record(entry)
                return self.answer(401)
        with lock:
            duplicate = message_id in seen
            seen.add(message_id)
        entry["duplicate"] = duplicate
        entry["status"] = 200
        record(entry)
        self.answer(200)

    do_POST = handle_any
    do_PUT = handle_any
    do_GET = handle_any


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a sender killed mid-request resets its connection: expected here


http = Server(("127.0.0.1", 0), Handler)
http.daemon_threads = True
threading.Thread(target=http.serve_forever, daemon=True).start()

smtp_port = 0
if not args.no_smtp:
    from aiosmtpd.controller import Controller

    class Mailbox:
        async def handle_DATA(self, server, session, envelope):
            record({"path": "smtp", "from": envelope.mail_from, "to": envelope.rcpt_tos,
                    "data": envelope.content.decode("utf-8", "replace")})
            return "250 OK"

    # aiosmtpd 1.4 cannot listen on port 0 (it connects to itself to start): take a free one.
    import socket
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    smtp_port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Mailbox(), hostname="127.0.0.1", port=smtp_port)
    controller.start()

print("ready", http.server_address[1], smtp_port, flush=True)
try:
    sys.stdin.read()  # until the test closes our stdin (or kills us)
finally:
    http.shutdown()
