"""The still checker as a shared service, in a child process (video/stills/checker_process.py) that starts
on the first check and stays warm after.

A check decodes screenshots and runs pixel statistics; in the server's own process that would hold the
interpreter lock its requests wait for. The child runs at the render niceness, sees the asset folders of this
process's servers (the same origins, answered from the same folders), and ends with this process. A check
cancelled here is cancelled there; a child that crashes or hangs fails its checks with PlaywrightError or
TimeoutError, and the next check starts a new one.
"""

import asyncio
import contextlib
import itertools
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from playwright.async_api import Error as PlaywrightError

from video.loopback_server import served_folders
from video.output_tail import OutputTail
from video.render_priority import RENDER_NICE_ENV, start_render_process
from video.stills.checker_process import LINE_LIMIT
from video.stills.models import FrameFingerprints, StillsReport

CHECKER_MODULE = "video.stills.checker_process"
# Longer than any check the child's own watchdogs allow (frames that hang are stopped after their time limit).
_REQUEST_TIMEOUT_S = 900.0
_CLOSE_TIMEOUT_S = 10.0

_Pending = dict[int, asyncio.Future[Any]]


class StillsFailed(Exception):
    """The still checker failed in a way that is neither the page's nor a bad argument (a bug)."""


def _raised(error: Mapping[str, Any]) -> Exception:
    """The exception of the child's error reply (checker_process.error_reply)."""
    message = str(error.get("message") or "the still checker failed")
    kind = error.get("kind")
    if kind == "timeout":
        return TimeoutError(message)
    if kind == "browser":
        return PlaywrightError(message)
    if kind == "value":
        return ValueError(message)
    return StillsFailed(message)


class StillsService:
    def __init__(self) -> None:
        self._process: asyncio.subprocess.Process | None = None
        self._pending: _Pending = {}
        self._readers: list[asyncio.Task[None]] = []
        self._ids = itertools.count(1)
        self._start_lock = asyncio.Lock()
        self._stderr_tail = OutputTail()
        self.starts = 0

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        process = self._process
        return process.pid if process is not None and process.returncode is None else None

    async def _started(self) -> asyncio.subprocess.Process:
        async with self._start_lock:
            if self._process is not None and self._process.returncode is None:
                return self._process
            # A fresh dict per process: the reader of a dead process fails only its own checks.
            self._pending = {}
            self._stderr_tail.clear()
            process = await start_render_process(
                [sys.executable, "-m", CHECKER_MODULE],
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                limit=LINE_LIMIT,
                # Niced already: the Chromium it starts keeps its niceness rather than adding the same again.
                env={**os.environ, RENDER_NICE_ENV: "0"},
            )
            assert process.stdout is not None and process.stderr is not None
            self._process = process
            self.starts += 1
            self._readers = [
                asyncio.create_task(self._read_replies(process, self._pending)),
                asyncio.create_task(self._stderr_tail.read(process.stderr)),
            ]
            return process

    async def _read_replies(self, process: asyncio.subprocess.Process, pending: _Pending) -> None:
        assert process.stdout is not None
        async for raw in process.stdout:
            try:
                reply = json.loads(raw)
                future = pending.pop(reply["id"], None)
            except (ValueError, KeyError, TypeError):
                self._stderr_tail.add(raw.decode(errors="replace").rstrip())
                continue
            if future is None or future.done():
                continue
            if "error" in reply:
                future.set_exception(_raised(reply["error"]))
            else:
                future.set_result(reply.get("result"))
        code = await process.wait()
        message = f"the still checker stopped unexpectedly (exit code {code})"
        if tail := self._stderr_tail.last(3):
            message += f": {tail}"
        for future in pending.values():
            if not future.done():
                future.set_exception(PlaywrightError(message + "; the next check starts a new one"))
        pending.clear()

    async def _request(self, op: str, params: dict[str, Any], allowed_origins: Sequence[str]) -> Any:
        process = await self._started()
        assert process.stdin is not None
        pending = self._pending
        request_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        pending[request_id] = future
        folders = served_folders(list(allowed_origins))
        line = json.dumps({"id": request_id, "op": op, "params": params, "folders": folders}).encode()
        try:
            process.stdin.write(line + b"\n")
            await process.stdin.drain()
        except (BrokenPipeError, ConnectionResetError) as error:
            pending.pop(request_id, None)
            raise PlaywrightError("the still checker stopped before it could take the check") from error
        try:
            done, _ = await asyncio.wait({future}, timeout=_REQUEST_TIMEOUT_S)
        except asyncio.CancelledError:
            if pending.pop(request_id, None) is not None and not process.stdin.is_closing():
                process.stdin.write(json.dumps({"id": request_id, "op": "cancel"}).encode() + b"\n")
            raise
        if not done:
            pending.pop(request_id, None)
            await self._kill()
            raise TimeoutError(
                f"the still checker took longer than {_REQUEST_TIMEOUT_S:.0f} s; it was restarted"
            )
        return future.result()

    async def check(
        self,
        *,
        js: str,
        props: Mapping[str, Any],
        out_dir: Path,
        allowed_origins: Sequence[str],
        frames: Sequence[int] | None = None,
    ) -> StillsReport:
        """StillChecker.check, in the child."""
        params = {
            "js": js,
            "props": dict(props),
            "out_dir": str(out_dir),
            "allowed_origins": list(allowed_origins),
            "frames": list(frames) if frames is not None else None,
        }
        return StillsReport.model_validate(await self._request("check", params, allowed_origins))

    async def fingerprints(
        self, *, js: str, props: Mapping[str, Any], chunk_frames: int, allowed_origins: Sequence[str]
    ) -> FrameFingerprints:
        """Frame hashes of the compiled composition `js` run by DynamicVideo with `props` (see
        StillChecker.fingerprints), in the child."""
        params = {
            "js": js,
            "props": dict(props),
            "chunk_frames": chunk_frames,
            "allowed_origins": list(allowed_origins),
        }
        return FrameFingerprints.model_validate(await self._request("fingerprints", params, allowed_origins))

    async def _kill(self) -> None:
        process = self._process
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
        await self._reap()

    async def _reap(self) -> None:
        if self._process is not None:
            await self._process.wait()
        for reader in self._readers:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader
        self._readers = []

    async def close(self) -> None:
        """Ends the child's input: it closes its browser and exits (killed if it has not within 10 s)."""
        process = self._process
        if process is None or process.returncode is not None:
            await self._reap()
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), _CLOSE_TIMEOUT_S)
        except TimeoutError:
            await self._kill()
        await self._reap()
