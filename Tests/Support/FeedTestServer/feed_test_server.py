#!/usr/bin/env python3
"""Feed server for the tests, on 127.0.0.1 only (python3 standard library).

    python3 feed_test_server.py --root DIR [--log FILE] [--ignore-stdin]

Binds a free port and prints `PORT <n>` as its first line on stdout. Serves the
files under DIR with a strong ETag and Last-Modified, and answers 304 to a
matching If-None-Match (or, without one, If-Modified-Since). Paths under
/misbehave/ misbehave on purpose (see ENDPOINTS below). Every request is logged
to FILE as one JSON line: method, path, if_none_match, if_modified_since, status.

It stops on SIGTERM, SIGINT, or when its stdin closes, so a test that crashes
leaves no server behind (--ignore-stdin turns the last off, for use by hand).
A closed stdin also removes FILE: the process that read it has gone.
"""

import argparse
import contextlib
import email.utils
import json
import os
import signal
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

CONTENT_TYPES = {
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
    ".html": "text/html; charset=utf-8",
}

UTF8_FEED = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Caf\u00e9 cr\u00e8me</title>'
    "<link>http://example.com/</link><description>na\u00efve r\u00e9sum\u00e9</description>"
    "<item><title>\u00dcber \u00e9t\u00e9</title><guid>wrong-charset-1</guid></item></channel></rss>\n"
).encode("utf-8")

HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Not a feed</title>"
    b'<link rel="alternate" type="application/rss+xml" href="/feeds/good.xml"></head>'
    b"<body><p>This is a web page, not a feed.</p></body></html>\n"
)


class Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler stuck in a slow endpoint must not delay the exit
    # socketserver's default backlog of 5 overflows when tests open dozens of connections at
    # once; Linux then drops the handshake's last ACK, and the client, believing itself
    # connected, waits seconds for an answer.
    request_queue_size = 128

    def __init__(self, root, log_file):
        super().__init__(("127.0.0.1", 0), Handler)
        self.root = os.path.realpath(root)
        self.log_file = log_file
        self.log_lock = threading.Lock()
        self.stopping = threading.Event()

    def handle_error(self, request, client_address):
        """A client that hangs up mid-response is what the slow endpoints expect."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)

    def log_request_line(self, record):
        if self.log_file is None:
            return
        with self.log_lock:
            self.log_file.write(json.dumps(record) + "\n")
            self.log_file.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "feed-test-server"

    def log_message(self, format, *args):
        pass  # the JSON log replaces the default stderr lines

    def do_GET(self):
        url = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        if url.path.startswith("/misbehave/"):
            endpoint = ENDPOINTS.get(url.path[len("/misbehave/"):].split("/")[0])
            if endpoint is None:
                return self.simple(404, b"no such misbehaving endpoint\n")
            return endpoint(self, url.path, query)
        return self.static_file(url.path)

    # -- helpers -------------------------------------------------------------

    def begin(self, status, headers, length=None):
        """Sends the status line and headers and logs the request.

        Without a length the body runs until the connection closes; a 304 has no body by
        definition, so it needs neither."""
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if status == 304:
            pass
        elif length is None:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        self.server.log_request_line({
            "method": self.command,
            "path": self.path,
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
            "status": status,
        })

    def simple(self, status, body, headers=()):
        self.begin(status, [("Content-Type", "text/plain; charset=utf-8"), *headers], len(body))
        self.wfile.write(body)

    def write_until_gone(self, chunk, pause):
        """Writes `chunk` every `pause` seconds until the client leaves or the server stops."""
        try:
            while not self.server.stopping.is_set():
                self.wfile.write(chunk)
                self.wfile.flush()
                if pause:
                    self.server.stopping.wait(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- static files with validators -----------------------------------------

    def static_file(self, path):
        relative = os.path.normpath(path.lstrip("/"))
        full = os.path.realpath(os.path.join(self.server.root, relative))
        if relative.startswith("..") or not full.startswith(self.server.root + os.sep) or not os.path.isfile(full):
            return self.simple(404, b"not found\n")
        info = os.stat(full)
        etag = '"%x-%x"' % (info.st_mtime_ns, info.st_size)
        last_modified = email.utils.formatdate(info.st_mtime, usegmt=True)
        headers = [("ETag", etag), ("Last-Modified", last_modified)]
        if self.unchanged(etag, int(info.st_mtime)):
            return self.begin(304, headers)
        with open(full, "rb") as file:
            body = file.read()
        content_type = CONTENT_TYPES.get(os.path.splitext(full)[1], "application/octet-stream")
        self.begin(200, [("Content-Type", content_type), *headers], len(body))
        self.wfile.write(body)

    def unchanged(self, etag, modified):
        """If-None-Match decides when present (RFC 9110 13.2.2); else If-Modified-Since."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [tag.strip() for tag in if_none_match.split(",")]
            return "*" in tags or etag in tags or "W/" + etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError):
            return False
        return modified <= since

    # -- misbehaving endpoints ------------------------------------------------

    def endless(self, path, query):
        """A 200 with no Content-Length whose body never ends, sent as fast as it goes."""
        self.begin(200, [("Content-Type", "application/rss+xml")])
        self.write_until_gone(b"<item><title>more</title></item>\n" * 2048, 0)

    def stall(self, path, query):
        """Sends the start of a feed, then nothing, without closing."""
        self.begin(200, [("Content-Type", "application/rss+xml")])
        try:
            self.wfile.write(b'<?xml version="1.0"?>\n<rss version="2.0"><channel>')
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return
        self.server.stopping.wait(float(query.get("seconds", "60")))

    def trickle(self, path, query):
        """One byte every `every` seconds (default 1), forever."""
        self.begin(200, [("Content-Type", "application/rss+xml")])
        self.write_until_gone(b"<", float(query.get("every", "1")))

    def steady(self, path, query):
        """`rate` bytes per second (default 1000), forever: fast enough for a low-speed
        limit, too slow to ever finish."""
        rate = int(query.get("rate", "1000"))
        self.begin(200, [("Content-Type", "application/rss+xml")])
        self.write_until_gone(b" " * max(1, rate // 10), 0.1)

    def gzip_bomb(self, path, query):
        """gzip that decodes to `mib` MiB of zeros (default 256), about 1 KiB on the wire per
        MiB. It is compressed while sent, so a client that stops reading costs no CPU."""
        self.begin(200, [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")])
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(1024 * 1024)
        try:
            for _ in range(int(query.get("mib", "256"))):
                self.wfile.write(compressor.compress(zeros) + compressor.flush(zlib.Z_SYNC_FLUSH))
            self.wfile.write(compressor.flush())
        except (BrokenPipeError, ConnectionResetError):
            pass

    def redirect_file(self, path, query):
        self.redirect(302, "file:///etc/passwd")

    def redirect_loop(self, path, query):
        """/misbehave/redirect-loop and /misbehave/redirect-loop/b send each other back and forth."""
        self.redirect(302, "/misbehave/redirect-loop" if path.endswith("/b") else "/misbehave/redirect-loop/b")

    def chain(self, path, query):
        """/misbehave/chain/<status>/<hops>?to=<path>: `hops` redirects with `status`, the
        Locations relative, the last one to `to` (default /feeds/good.xml)."""
        parts = path.split("/")
        status, hops = int(parts[3]), int(parts[4])
        target = query.get("to", "/feeds/good.xml")
        if hops > 1:
            target = "/misbehave/chain/%d/%d?to=%s" % (status, hops - 1, target)
        self.redirect(status, target)

    def redirect(self, status, location):
        self.simple(status, b"moved\n", [("Location", location)])

    def gone(self, path, query):
        self.simple(410, b"this feed is gone\n")

    def rate_limited(self, path, query):
        """429 with Retry-After in seconds (`seconds`, default 120)."""
        self.simple(429, b"slow down\n", [("Retry-After", query.get("seconds", "120"))])

    def rate_limited_date(self, path, query):
        """429 with Retry-After as an HTTP-date, an hour from now."""
        self.simple(429, b"slow down\n", [("Retry-After", email.utils.formatdate(time.time() + 3600, usegmt=True))])

    def unavailable(self, path, query):
        """503 with Retry-After as an HTTP-date, an hour from now."""
        self.simple(503, b"down for maintenance\n",
                    [("Retry-After", email.utils.formatdate(time.time() + 3600, usegmt=True))])

    def html(self, path, query):
        self.begin(200, [("Content-Type", "text/html; charset=utf-8")], len(HTML_PAGE))
        self.wfile.write(HTML_PAGE)

    def empty(self, path, query):
        self.begin(200, [("Content-Type", "application/rss+xml")], 0)

    def wrong_charset(self, path, query):
        """A UTF-8 feed whose Content-Type claims ISO-8859-1."""
        self.begin(200, [("Content-Type", "application/rss+xml; charset=iso-8859-1")], len(UTF8_FEED))
        self.wfile.write(UTF8_FEED)


ENDPOINTS = {
    "endless": Handler.endless,
    "stall": Handler.stall,
    "trickle": Handler.trickle,
    "steady": Handler.steady,
    "gzip-bomb": Handler.gzip_bomb,
    "redirect-file": Handler.redirect_file,
    "redirect-loop": Handler.redirect_loop,
    "chain": Handler.chain,
    "gone": Handler.gone,
    "rate-limited": Handler.rate_limited,
    "rate-limited-date": Handler.rate_limited_date,
    "unavailable": Handler.unavailable,
    "html": Handler.html,
    "empty": Handler.empty,
    "wrong-charset": Handler.wrong_charset,
}


def main():
    parser = argparse.ArgumentParser(description="Feed server for the tests (127.0.0.1 only).")
    parser.add_argument("--root", required=True, help="folder whose files are served")
    parser.add_argument("--log", help="file to append one JSON line per request to")
    parser.add_argument("--ignore-stdin", action="store_true", help="keep running when stdin closes")
    arguments = parser.parse_args()
    if not os.path.isdir(arguments.root):
        parser.error("--root %s is not a folder" % arguments.root)

    log_file = open(arguments.log, "a", encoding="utf-8") if arguments.log else None
    server = Server(arguments.root, log_file)
    done = threading.Event()
    parent_gone = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    if not arguments.ignore_stdin:
        def watch_stdin():
            while sys.stdin.buffer.read1(65536):
                pass
            parent_gone.set()
            done.set()
        threading.Thread(target=watch_stdin, daemon=True).start()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)

    while not done.wait(0.5):
        pass  # a bounded wait keeps the main thread able to run signal handlers
    server.stopping.set()
    server.shutdown()
    server.server_close()
    if parent_gone.is_set() and arguments.log:
        with contextlib.suppress(FileNotFoundError):
            os.remove(arguments.log)


if __name__ == "__main__":
    main()
