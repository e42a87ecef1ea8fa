"""A folder served read-only on 127.0.0.1 at a free port from a background thread; start once, stop when done.

Every running server is also listed by origin (`serving`). The processes that run generated code are sealed
off the network (video/seal.py) and cannot reach these servers: the sealed engine serves the same folder at
the same origin inside its namespace, and a sealed browser gets the files through request routing. Both ask
this registry which folder an origin stands for, so a URL means the same file everywhere.
"""

import re
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, ClassVar, Self
from urllib.parse import unquote, urlsplit

from video.assets.asset_store import content_type_for

_SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK = 64 * 1024
ALLOWED_METHODS = "GET, HEAD"

_serving: dict[str, "LoopbackServer"] = {}
_serving_lock = threading.Lock()


def _normal_origin(origin: str) -> str:
    return origin.rstrip("/").lower()


def serving(origin: str) -> "LoopbackServer | None":
    """The server of this process that listens at `origin` (http://127.0.0.1:PORT), if any."""
    with _serving_lock:
        return _serving.get(_normal_origin(origin))


def served_folders(origins: object) -> list[dict[str, str]]:
    """The folders behind those of `origins` (a list of origins) that servers of this process serve, as
    {"origin", "root"}: another process (the sealed engine, the still checker's) answers for the same origins
    from the same folders."""
    folders = []
    for origin in origins if isinstance(origins, list) else []:
        server = serving(origin) if isinstance(origin, str) else None
        if server is not None:
            folders.append({"origin": server.origin, "root": str(server.root)})
    return folders


def mirror_folder(origin: str, root: Path) -> None:
    """Makes `serving(origin)` answer from `root` in this process, which does not listen there: the origin
    belongs to a server of the process that started this one (see served_folders)."""
    with _serving_lock:
        _serving[_normal_origin(origin)] = _MirroredFolder(origin, root)


def byte_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """(first, last) for a satisfiable single range, None to send the whole file, "unsatisfiable" for 416."""
    if not header:
        return None
    match = _SINGLE_RANGE.match(header.strip())
    if not match or match.group(1) == match.group(2) == "":
        return None
    first_text, last_text = match.groups()
    if first_text == "":
        suffix = int(last_text)
        if suffix == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - suffix), size - 1
    first = int(first_text)
    last = int(last_text) if last_text else size - 1
    if first >= size or last < first:
        return "unsatisfiable"
    return first, min(last, size - 1)


@dataclass(frozen=True)
class FileResponse:
    """An answer to one request: status and headers, and either a slice of a file or a short inline body."""

    status: int
    headers: dict[str, str]
    path: Path | None = None
    offset: int = 0
    length: int = 0
    inline: bytes = field(default=b"")

    def body(self) -> bytes:
        """The whole body (for request routing, which hands bodies over in one piece)."""
        if self.path is None:
            return self.inline
        with self.path.open("rb") as file:
            file.seek(self.offset)
            return file.read(self.length)


def _bare(status: HTTPStatus, **headers: str) -> FileResponse:
    body = f"{status.value} {status.phrase}\n".encode() if status >= 400 else b""
    return FileResponse(
        status, {"Content-Type": "text/plain", "Content-Length": str(len(body)), **headers}, inline=body
    )


class LoopbackServer:
    """Serves the files of `root` (GET and HEAD, single byte ranges); never lists a folder, never serves a
    hidden file or anything outside `root`, symlinks included."""

    thread_name = "loopback-server"
    # Served for a path that ends in "/" (None: such paths are 404).
    index_file: ClassVar[str | None] = None
    cache_control: ClassVar[str] = "no-cache"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def make_handler(self) -> type[BaseHTTPRequestHandler]:
        """The request handler class: answers every request with respond()."""
        return type("FolderRequestHandler", (_FolderRequestHandler,), {"folder": self})

    def _resolve(self, target: str) -> Path | None:
        raw_path = unquote(urlsplit(target).path)
        if self.index_file and raw_path.endswith("/"):
            raw_path += self.index_file
        parts = raw_path.split("/")[1:]
        # Refuses traversal and hidden files before touching the disk; the containment check covers symlinks.
        if not parts or any(
            part in ("", ".", "..") or part.startswith(".") or "\\" in part for part in parts
        ):
            return None
        if "\x00" in raw_path:
            return None
        try:
            path = self.root.joinpath(*parts).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path

    def respond(self, method: str, target: str, range_header: str | None = None) -> FileResponse:
        """The answer to `method target` (target: the request's path and query)."""
        if method not in ("GET", "HEAD"):
            return _bare(HTTPStatus.METHOD_NOT_ALLOWED, Allow=ALLOWED_METHODS)
        path = self._resolve(target)
        if path is None:
            return _bare(HTTPStatus.NOT_FOUND)
        size = path.stat().st_size
        chosen = byte_range(range_header, size)
        if chosen == "unsatisfiable":
            return _bare(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, **{"Content-Range": f"bytes */{size}"})
        headers = {
            "Content-Type": content_type_for(path.name),
            "Accept-Ranges": "bytes",
            "Cache-Control": self.cache_control,
            "Access-Control-Allow-Origin": "*",
            "X-Content-Type-Options": "nosniff",
        }
        if isinstance(chosen, tuple):
            first, last = chosen
            status = HTTPStatus.PARTIAL_CONTENT
            headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        else:
            first, last = 0, size - 1
            status = HTTPStatus.OK
        length = last - first + 1
        headers["Content-Length"] = str(length)
        return FileResponse(status, headers, path, first, length)

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
            with _serving_lock:
                _serving[_normal_origin(self.origin)] = self
            return self

    def stop(self) -> None:
        with self._lock:
            server, thread = self._server, self._thread
            if server is not None:
                with _serving_lock:
                    _serving.pop(_normal_origin(self.origin), None)
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


class _MirroredFolder(LoopbackServer):
    """Answers for another process's server: respond() works, nothing listens."""

    def __init__(self, origin: str, root: Path) -> None:
        super().__init__(root)
        self._mirrored_origin = _normal_origin(origin)

    @property
    def origin(self) -> str:
        return self._mirrored_origin

    def start(self) -> Self:
        raise RuntimeError(f"{self._mirrored_origin} is served by another process")


class _FolderRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, each response waits ~40 ms for an ACK.
    disable_nagle_algorithm = True
    server_version = "ppr-assets"
    sys_version = ""
    folder: LoopbackServer

    def do_GET(self) -> None:
        self._answer()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: object) -> None:
        """Silent: browsers make many requests and the job log records what matters."""

    def _answer(self) -> None:
        response = self.folder.respond(self.command, self.path, self.headers.get("Range"))
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD":
            return
        if response.path is None:
            self.wfile.write(response.inline)
            return
        with response.path.open("rb") as file:
            self._copy(file, response.offset, response.length)

    def _copy(self, file: BinaryIO, offset: int, length: int) -> None:
        file.seek(offset)
        try:
            while length > 0:
                chunk = file.read(min(_CHUNK, length))
                if not chunk:
                    break
                self.wfile.write(chunk)
                length -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            # Browsers drop media requests mid-body when they seek; nothing to do.
            self.close_connection = True
