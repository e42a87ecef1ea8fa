"""The local asset server: the asset folder, read-only, on 127.0.0.1; all the render browser may reach."""

import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, unquote, urlsplit

from video.assets.asset_store import StoredAsset, content_type_for
from video.loopback_server import LoopbackServer

_SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK = 64 * 1024


def _byte_range(header: str | None, size: int) -> tuple[int, int] | str | None:
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


class _AssetRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, each response waits ~40 ms for an ACK.
    disable_nagle_algorithm = True
    server_version = "ppr-assets"
    sys_version = ""
    root: Path

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _not_allowed(self) -> None:
        self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the render browser makes many requests and the job log records what matters."""

    def _resolve(self) -> Path | None:
        raw_path = unquote(urlsplit(self.path).path)
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

    def _serve(self, send_body: bool) -> None:
        path = self._resolve()
        if path is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        size = path.stat().st_size
        byte_range = _byte_range(self.headers.get("Range"), size)
        if byte_range == "unsatisfiable":
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if isinstance(byte_range, tuple):
            first, last = byte_range
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        else:
            first, last = 0, size - 1
            self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type_for(path.name))
        self.send_header("Content-Length", str(last - first + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            with path.open("rb") as file:
                self._copy(file, first, last - first + 1)

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


class AssetServer(LoopbackServer):
    """Serves the asset folder; the only server a render browser may reach besides Remotion's own."""

    thread_name = "asset server"

    def make_handler(self) -> type[BaseHTTPRequestHandler]:
        if not self.root.is_dir():
            raise FileNotFoundError(f"asset folder {self.root} does not exist")
        return type("AssetRequestHandler", (_AssetRequestHandler,), {"root": self.root})

    def url_for(self, asset: StoredAsset | str) -> str:
        name = asset.key if isinstance(asset, StoredAsset) else asset
        return f"{self.origin}/{quote(name)}"
