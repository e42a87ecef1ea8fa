"""An async client for the long-lived Node render engine (remotion/engine), speaking JSON lines over stdio."""

import asyncio
import contextlib
import itertools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from domain.paths import REMOTION_DIR
from domain.template_props import check_composition_props
from video.engine.build import ensure_engine_built
from video.engine.errors import EngineCrashed, EngineError, EngineTimeout, engine_error
from video.engine.results import (
    BundleInfo,
    CompositionInfo,
    RenderProgress,
    RenderResult,
    StillResult,
)
from video.loopback_server import served_folders
from video.output_tail import OutputTail
from video.render_priority import start_render_process
from video.seal import Seal, current_seal

ProgressCallback = Callable[[RenderProgress], None]

_Pending = dict[int, tuple[asyncio.Future[Any], ProgressCallback | None]]

_STDERR_TAIL_LINES = 40
_STARTUP_TIMEOUT_S = 30.0


def _size_params(size: tuple[int, int] | None) -> dict[str, Any]:
    """Width and height that replace the composition's own; its layout adapts to them."""
    return {"width": size[0], "height": size[1]} if size else {}


class EngineClient:
    """Starts the engine lazily, routes replies by request id, and restarts it after a crash or a timeout.

    A request in flight when the process dies fails with EngineCrashed; the next request starts a new engine.
    The engine runs inside the network seal (video/seal.py) when this machine can make one (`seal`, default:
    current_seal()); an engine without it renders templates but refuses generated code.
    """

    def __init__(
        self, *, node: str = "node", env: dict[str, str] | None = None, seal: Seal | None = None
    ) -> None:
        self._node = node
        self._env = env or {}
        self._seal = seal
        self._engine_pid: int | None = None
        self.sealed = False
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None
        self._stderr_reader: asyncio.Task[None] | None = None
        self._pending: _Pending = {}
        self._ids = itertools.count(1)
        self._start_lock = asyncio.Lock()
        self._stderr_tail = OutputTail(_STDERR_TAIL_LINES)
        self.starts = 0

    @property
    def in_flight(self) -> int:
        """Requests sent and not yet answered (the start-up handshake excluded)."""
        return sum(1 for request_id in self._pending if request_id != 0)

    @property
    def pid(self) -> int | None:
        """The Node process's id (inside the seal it is a child of bwrap or unshare)."""
        alive = self._process is not None and self._process.returncode is None
        return self._engine_pid if alive else None

    async def seal(self) -> Seal:
        if self._seal is None:
            self._seal = await asyncio.to_thread(current_seal)
        return self._seal

    async def __aenter__(self) -> "EngineClient":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _ensure_started(self) -> asyncio.subprocess.Process:
        async with self._start_lock:
            if self._process and self._process.returncode is None:
                return self._process
            built = await asyncio.to_thread(ensure_engine_built)
            seal = await self.seal()
            argv = [self._node, str(built)]
            ready: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            # A fresh dict per process: the reader of a dead process fails only its own requests.
            self._pending = {0: (ready, None)}
            self._stderr_tail.clear()
            process = await start_render_process(
                seal.wrap(argv) if seal.ok else argv,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                cwd=REMOTION_DIR,
                env={
                    **os.environ,
                    "PPR_REMOTION_DIR": str(REMOTION_DIR),
                    "PPR_ENGINE_SEALED": "1" if seal.ok else "",
                    "PPR_SEAL_MISSING": seal.missing or "",
                    **self._env,
                },
                limit=64 * 1024 * 1024,
            )
            self._process = process
            self.starts += 1
            self._reader = asyncio.create_task(self._read_replies(process, self._pending))
            assert process.stderr
            self._stderr_reader = asyncio.create_task(self._stderr_tail.read(process.stderr))
            try:
                hello = await asyncio.wait_for(ready, _STARTUP_TIMEOUT_S)
            except TimeoutError as error:
                await self._kill()
                raise EngineCrashed(
                    f"the render engine did not start within {_STARTUP_TIMEOUT_S:.0f} s"
                ) from error
            self._engine_pid, self.sealed = hello.get("pid"), hello.get("sealed") is True
            if seal.ok != self.sealed:
                await self._kill()
                raise EngineCrashed(f"{seal.describe()} did not seal the render engine's network")
            return process

    async def _read_replies(self, process: asyncio.subprocess.Process, pending: _Pending) -> None:
        assert process.stdout
        async for raw in process.stdout:
            try:
                reply = json.loads(raw)
            except json.JSONDecodeError:
                self._stderr_tail.add(raw.decode(errors="replace").rstrip())
                continue
            self._dispatch(reply, pending)
        code = await process.wait()
        self._fail_pending(code, pending)

    def _dispatch(self, reply: dict[str, Any], pending: _Pending) -> None:
        entry = pending.get(reply.get("id", -1))
        if entry is None:
            return
        future, on_progress = entry
        kind = reply.get("type")
        if kind == "progress":
            if on_progress:
                on_progress(RenderProgress.model_validate(reply))
            return
        del pending[reply["id"]]
        if future.done():
            return
        if kind == "result":
            future.set_result(reply["result"])
        else:
            error = reply.get("error", {})
            future.set_exception(  # wall 4: frame errors come back typed (FrameTimeout, FrameCrashed)
                engine_error(
                    error.get("kind", "internal"), error.get("message", "unknown error"), error.get("frame")
                )
            )

    def _fail_pending(self, exit_code: int, pending: _Pending) -> None:
        tail = self._stderr_tail.last(3)
        message = f"the render engine stopped unexpectedly (exit code {exit_code})"
        if tail:
            message += f": {tail}"
        for future, _ in pending.values():
            if not future.done():
                future.set_exception(EngineCrashed(message + "; the next request starts a new engine"))
        pending.clear()

    async def request(
        self,
        cmd: str,
        *,
        timeout: float = 120.0,
        on_progress: ProgressCallback | None = None,
        **params: Any,
    ) -> Any:
        """Sends a command and waits for its result: EngineError on failure, EngineTimeout after `timeout`."""
        process = await self._ensure_started()
        if self.sealed and "allowedOrigins" in params:
            params["assetFolders"] = served_folders(params["allowedOrigins"])
        request_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = (future, on_progress)
        assert process.stdin
        try:
            process.stdin.write(json.dumps({"id": request_id, "cmd": cmd, **params}).encode() + b"\n")
            await process.stdin.drain()
        except (BrokenPipeError, ConnectionResetError) as error:
            self._pending.pop(request_id, None)
            raise EngineCrashed("the render engine stopped before it could take the request") from error
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError as error:
            self._pending.pop(request_id, None)
            await self._kill()
            raise EngineTimeout(
                f"{cmd} took longer than {timeout:.0f} s; the engine was restarted"
            ) from error

    async def bundle(self) -> BundleInfo:
        return BundleInfo.model_validate(await self.request("bundle", timeout=300))

    async def compositions(self) -> list[CompositionInfo]:
        result = await self.request("compositions", timeout=180)
        return [CompositionInfo.model_validate(item) for item in result]

    async def compile(self, code: str) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("compile", code=code, timeout=30)
        return result

    async def still(
        self,
        composition: str,
        out: Path,
        *,
        frame: int,
        input_props: dict[str, Any] | None = None,
        scale: float = 1.0,
        image_format: str = "png",
        size: tuple[int, int] | None = None,
        allowed_origins: list[str] | None = None,
        frame_timeout_ms: int | None = None,  # wall 4: None is the engine's limit (10 s)
        timeout: float = 180.0,
    ) -> StillResult:
        check_composition_props(composition, input_props or {})
        result = await self.request(
            "still",
            composition=composition,
            out=str(out),
            frame=frame,
            inputProps=input_props or {},
            scale=scale,
            imageFormat=image_format,
            **_size_params(size),
            allowedOrigins=allowed_origins or [],
            frameTimeoutMs=frame_timeout_ms,
            timeout=timeout,
        )
        return StillResult.model_validate(result)

    async def render(
        self,
        composition: str,
        out: Path,
        *,
        input_props: dict[str, Any] | None = None,
        scale: float = 1.0,
        frame_range: tuple[int, int] | None = None,
        crf: int = 18,
        x264_preset: str = "veryfast",
        muted: bool = False,
        size: tuple[int, int] | None = None,
        concurrency: int = 1,
        allowed_origins: list[str] | None = None,
        frame_timeout_ms: int | None = None,  # wall 4: None is the engine's limit (10 s)
        keyframe_interval: int | None = None,
        transport_stream: bool = False,
        on_progress: ProgressCallback | None = None,
        timeout: float = 1800.0,
    ) -> RenderResult:
        """Renders an MP4 (MPEG-TS with `transport_stream`). `keyframe_interval` forces a keyframe on every
        frame of the composition whose index is a multiple of it: the video can be cut there without
        re-encoding."""
        check_composition_props(composition, input_props or {})
        result = await self.request(
            "render",
            composition=composition,
            out=str(out),
            inputProps=input_props or {},
            scale=scale,
            frameRange=list(frame_range) if frame_range else None,
            crf=crf,
            x264Preset=x264_preset,
            muted=muted,
            **_size_params(size),
            concurrency=concurrency,
            allowedOrigins=allowed_origins or [],
            frameTimeoutMs=frame_timeout_ms,
            keyframeInterval=keyframe_interval,
            transportStream=transport_stream,
            on_progress=on_progress,
            timeout=timeout,
        )
        return RenderResult.model_validate(result)

    async def _kill(self) -> None:
        process = self._process
        if process and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
        if self._reader:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader

    async def close(self) -> None:
        """Asks the engine to close its browser and exit; kills it if it does not within a few seconds."""
        process = self._process
        if not process or process.returncode is not None:
            return
        with contextlib.suppress(EngineError, OSError, TimeoutError):
            await asyncio.wait_for(self.request("shutdown", timeout=10), 10)
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            await self._kill()
        for task in (self._reader, self._stderr_reader):
            if task:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
