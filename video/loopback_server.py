"""A folder served on 127.0.0.1 at a free port from a background thread; start once, stop when done."""

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Self


class LoopbackServer(ABC):
    thread_name = "loopback-server"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @abstractmethod
    def make_handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        """The request handler class (or factory) that serves `root`."""

    def start(self) -> Self:
        with self._lock:
            if self._server is not None:
                return self
            server = ThreadingHTTPServer(("127.0.0.1", 0), self.make_handler())
            server.daemon_threads = True
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=self.thread_name,
                daemon=True,
            )
            thread.start()
            self._server, self._thread = server, thread
            return self

    def stop(self) -> None:
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is not None and thread is not None:
            server.shutdown()
            server.server_close()
            thread.join()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def origin(self) -> str:
        if self._server is None:
            raise RuntimeError(f"the {self.thread_name} is not running; call start() first")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
