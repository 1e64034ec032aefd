#!/usr/bin/python3
"""A real SMTP server (aiosmtpd) on loopback for SMTP Doctor's integration tests.

Listens on 127.0.0.1 on a port the kernel chooses (or --port); offers STARTTLS (or implicit TLS)
with the test certificate, and AUTH PLAIN and LOGIN for one test user; refuses the recipients
reject...@ (550) and defer...@ (450); and stores every message it accepts byte for byte as received
(dot-stuffing undone, line endings untouched) in --store:

    message-N.eml    the message exactly as the server received it (envelope.original_content)
    message-N.json   its envelope: sender, recipients, parameters, whether TLS and AUTH were used
    events.jsonl     one JSON object per AUTH command seen (before any TLS check) and per
                     authentication result; never the credentials themselves

Prints "READY <port>" on stdout once it listens, and stops cleanly on SIGTERM, SIGINT or when its
standard input closes, so that a test that dies never leaves it behind.

Run it with Debian's interpreter, which has python3-aiosmtpd: /usr/bin/python3.
"""

import argparse
import asyncio
import json
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, syntax

HERE = os.path.dirname(os.path.abspath(__file__))
TLS_DIR = os.path.join(HERE, "..", "data", "tls")


class Store:
    """Writes messages and events into one folder; each file appears whole (write, then rename)."""

    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        os.makedirs(directory, exist_ok=True)

    def _write(self, name, data):
        path = os.path.join(self.directory, name)
        with open(path + ".tmp", "wb") as f:
            f.write(data)
        os.replace(path + ".tmp", path)

    def event(self, **fields):
        with open(os.path.join(self.directory, "events.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(fields) + "\n")

    def message(self, session, envelope, encrypted):
        self.count += 1
        base = "message-%d" % self.count
        self._write(base + ".eml", envelope.original_content)
        info = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "rcpt_options": envelope.rcpt_options,
            "tls": encrypted,
            "authenticated": bool(session.authenticated),
        }
        self._write(base + ".json", json.dumps(info, indent=1).encode("utf-8"))
        return base


class Handler:
    """Accepts every recipient but those whose local part starts with "reject" (550) or "defer" (450)."""

    def __init__(self, store):
        self.store = store

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.partition("@")[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 <%s>: recipient rejected (test rule)" % address
        if local.startswith("defer"):
            return "450 4.2.1 <%s>: recipient deferred (test rule)" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        name = self.store.message(session, envelope, server.encrypted())
        return "250 2.0.0 OK stored as %s" % name


class Authenticator:
    def __init__(self, store, user, password):
        self.store = store
        self.user = user.encode("utf-8")
        self.password = password.encode("utf-8")

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == self.user \
            and auth_data.password == self.password
        login = auth_data.login.decode("utf-8", "replace") if isinstance(auth_data, LoginPassword) else None
        self.store.event(event="auth-result", mechanism=mechanism, user=login, success=ok)
        # handled=False: aiosmtpd replies itself (235, or 535 5.7.8); by default it would say nothing.
        return AuthResult(success=ok, handled=False)


class RecordingSMTP(SMTP):
    """Records every AUTH command before aiosmtpd's own checks (TLS required, mechanism known)."""

    def __init__(self, handler, store, implicit_tls, **kwargs):
        super().__init__(handler, **kwargs)
        self.store = store
        self.implicit_tls = implicit_tls

    def encrypted(self):
        return self.implicit_tls or self._tls_protocol is not None

    @syntax("AUTH <mechanism>")
    async def smtp_AUTH(self, arg):
        # Only the mechanism: an initial response would hold the credentials.
        mechanism = arg.split()[0].upper() if arg else ""
        self.store.event(event="auth-command", mechanism=mechanism, tls=self.encrypted())
        await super().smtp_AUTH(arg)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="folder for received messages and events")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (default): any free port")
    parser.add_argument("--cert", default=os.path.join(TLS_DIR, "server.pem"))
    parser.add_argument("--key", default=os.path.join(TLS_DIR, "server.key"))
    parser.add_argument("--no-starttls", action="store_true", help="do not offer STARTTLS")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (RFC 8314), no STARTTLS")
    parser.add_argument("--require-starttls", action="store_true", help="refuse commands before STARTTLS")
    parser.add_argument("--user", help="the test user for AUTH PLAIN and LOGIN (no AUTH without it)")
    parser.add_argument("--password", default="")
    parser.add_argument("--auth-allow-plaintext", action="store_true",
                        help="offer and accept AUTH without TLS (auth_require_tls off)")
    parser.add_argument("--ignore-stdin", action="store_true",
                        help="keep running when standard input closes (for runs by hand)")
    return parser.parse_args()


async def serve(args):
    store = Store(args.store)
    tls = None
    if args.implicit_tls or not args.no_starttls:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)
    starttls = tls if not args.implicit_tls else None
    smtp_kwargs = {
        "hostname": "localhost",
        "ident": "SMTP Doctor test server (aiosmtpd)",
        "decode_data": False,
        "enable_SMTPUTF8": True,
        "tls_context": starttls,
        "require_starttls": args.require_starttls and starttls is not None,
        # aiosmtpd counts only STARTTLS as TLS; with implicit TLS every connection is encrypted.
        "auth_require_tls": not args.auth_allow_plaintext and not args.implicit_tls,
        "auth_exclude_mechanism": [],
        "timeout": 30,
    }
    if args.user is not None:
        smtp_kwargs["authenticator"] = Authenticator(store, args.user, args.password)
    handler = Handler(store)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: RecordingSMTP(handler, store, args.implicit_tls, loop=loop, **smtp_kwargs),
        host=args.host, port=args.port, ssl=tls if args.implicit_tls else None)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        loop.add_signal_handler(signum, stop.set)
    if not args.ignore_stdin:
        stdin = sys.stdin.fileno()

        def stdin_readable():
            try:
                data = os.read(stdin, 4096)
            except OSError:
                data = b""
            if not data:
                loop.remove_reader(stdin)
                stop.set()

        try:
            loop.add_reader(stdin, stdin_readable)
        except PermissionError:
            # A regular file or /dev/null cannot be watched (epoll refuses it); nothing to wait for.
            print("aiosmtpd_server: standard input is not a pipe; stop me with SIGTERM", file=sys.stderr)

    port = server.sockets[0].getsockname()[1]
    print("READY %d" % port, flush=True)
    await stop.wait()
    server.close()
    await server.wait_closed()


def main():
    args = parse_arguments()
    # aiosmtpd warns about AUTH without TLS, which --auth-allow-plaintext asks for on purpose.
    warnings.simplefilter("ignore")
    try:
        asyncio.run(serve(args))
    except OSError as error:
        print("aiosmtpd_server: %s" % error, file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
