"""The still checker in a process of its own (`python -m video.stills.checker_process`), driven by
video/stills_service.py with one JSON object a line on stdin and stdout.

A check decodes screenshots, runs pixel statistics, draws a contact sheet, serves the preview page and answers
the sealed browser's requests: work that, inside a server, would hold the interpreter lock its requests wait
for.

Requests: {"id", "op": "check" | "fingerprints" | "cancel", "params", "folders"}.
Replies: {"id", "result"}, or {"id", "error": {"kind", "message"}} where kind is timeout, browser, value or
internal.
A cancelled request gets no reply. The process closes its browser and ends when its input ends (its parent
closed it, or died).
"""

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from playwright.async_api import Error as PlaywrightError

from video.loopback_server import mirror_folder
from video.stills.checker import StillChecker, video_props

LINE_LIMIT = 64 * 1024 * 1024


class _Checks:
    """One StillChecker, started on the first request and kept warm."""

    def __init__(self) -> None:
        self._checker: StillChecker | None = None
        self._lock = asyncio.Lock()

    async def _started(self) -> StillChecker:
        async with self._lock:
            if self._checker is None:
                self._checker = await StillChecker().start()
            return self._checker

    async def run(self, op: str, params: dict[str, Any]) -> dict[str, Any]:
        if op == "check":
            report = await (await self._started()).check(
                js=params["js"],
                props=params["props"],
                frames=params.get("frames"),
                out_dir=Path(params["out_dir"]),
                allowed_origins=params["allowed_origins"],
            )
            return report.model_dump(mode="json")
        if op == "fingerprints":
            video = video_props(params["js"], params["props"])
            fingerprints = await (await self._started()).fingerprints(
                "DynamicVideo",
                video,
                width=video["width"],
                height=video["height"],
                duration_in_frames=video["durationInFrames"],
                chunk_frames=params["chunk_frames"],
                allowed_origins=params["allowed_origins"],
            )
            return fingerprints.model_dump(mode="json", by_alias=True)
        raise ValueError(f"op: unknown operation {op!r}")

    async def close(self) -> None:
        if self._checker is not None:
            await self._checker.close()


def error_reply(error: BaseException) -> dict[str, str]:
    """What the parent raises again: TimeoutError, PlaywrightError or ValueError, or a plain failure."""
    if isinstance(error, TimeoutError):
        return {"kind": "timeout", "message": str(error) or "timed out"}
    if isinstance(error, PlaywrightError):
        return {"kind": "browser", "message": error.message}
    if isinstance(error, ValueError):
        return {"kind": "value", "message": str(error)}
    return {"kind": "internal", "message": f"{type(error).__name__}: {error}"}


class _Server:
    def __init__(self, replies: IO[bytes]) -> None:
        self._replies = replies
        self._checks = _Checks()
        self._tasks: dict[int, asyncio.Task[None]] = {}

    def _reply(self, reply: dict[str, Any]) -> None:
        self._replies.write(json.dumps(reply).encode() + b"\n")
        self._replies.flush()

    async def _answer(self, request_id: int, op: str, params: dict[str, Any]) -> None:
        try:
            result = await self._checks.run(op, params)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            self._reply({"id": request_id, "error": error_reply(error)})
        else:
            self._reply({"id": request_id, "result": result})

    def take(self, line: bytes) -> None:
        try:
            request = json.loads(line)
            request_id, op = int(request["id"]), str(request["op"])
        except (ValueError, KeyError, TypeError):
            print(f"still checker: ignored a request that is not one: {line[:200]!r}", file=sys.stderr)
            return
        if op == "cancel":
            task = self._tasks.get(request_id)
            if task is not None:
                task.cancel()
            return
        for folder in request.get("folders", []):
            mirror_folder(folder["origin"], Path(folder["root"]))
        task = asyncio.create_task(self._answer(request_id, op, request.get("params", {})))
        self._tasks[request_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(request_id, None))

    async def close(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        await self._checks.close()


def _replies_channel() -> IO[bytes]:
    """The real stdout, kept for replies; what else writes there (Chromium, a stray print) goes to stderr."""
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return replies


async def serve(replies: IO[bytes]) -> None:
    loop = asyncio.get_running_loop()
    requests = asyncio.StreamReader(limit=LINE_LIMIT)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(requests), sys.stdin)
    server = _Server(replies)
    try:
        async for line in requests:
            server.take(line)
    finally:
        await server.close()


def main() -> None:
    asyncio.run(serve(_replies_channel()))


if __name__ == "__main__":
    main()
