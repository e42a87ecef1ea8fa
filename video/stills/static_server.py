"""Serves one folder read-only on 127.0.0.1 from a background thread (the preview page, test fixtures)."""

import functools
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler

from video.loopback_server import LoopbackServer


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Silent: every frame check makes requests and none of them is news."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


class StaticServer(LoopbackServer):
    thread_name = "stills static server"

    def make_handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        return functools.partial(_QuietHandler, directory=str(self.root))
