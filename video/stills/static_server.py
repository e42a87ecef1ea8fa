"""Serves one folder read-only on 127.0.0.1 from a background thread (the preview page, test fixtures)."""

from video.loopback_server import LoopbackServer


class StaticServer(LoopbackServer):
    thread_name = "stills static server"
    index_file = "index.html"
