"""A still checker and a canary listener for the runtime corpus and the wall tests (the warm engine is
tests/conftest.py's)."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest_asyncio

from video.engine import EngineClient
from video.stills import StillChecker

SAMPLES = Path(__file__).parent / "samples"
PALETTE = {"primary": "#8B5CF6", "secondary": "#06B6D4", "accent": "#F472B6", "background": "#07070D"}
FACTS = {
    "kind": "course",
    "title": "Saturation & Warmth",
    "storeName": "Pause Play Repeat",
    "domain": "pauseplayrepeat.com",
    "cta": "Enroll at pauseplayrepeat.com",
}


class Canary:
    """A TCP server on a loopback port that nothing should ever reach; it records every connection."""

    def __init__(self) -> None:
        self.connections = 0
        self.port = 0
        self._server: asyncio.Server | None = None

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        writer.close()

    async def __aenter__(self) -> "Canary":
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server
        self._server.close()
        await self._server.wait_closed()

    def fill(self, source: str) -> str:
        """The sample's source with its placeholders pointing at this listener."""
        return source.replace("__CANARY__", f"http://127.0.0.1:{self.port}").replace(
            "__HOST__", f"127.0.0.1:{self.port}"
        )


def video_props(
    js: str, *, frames: int, size: tuple[int, int], images: list[str | None] | None = None
) -> dict[str, Any]:
    """DynamicVideo's props around compiled code: one scene, the given length and size."""
    seconds = frames / 30
    return {
        "code": js,
        "script": {
            "totalDuration": seconds,
            "scenes": [{"id": "hook", "duration": seconds, "headline": "Warm it up", "mood": "intrigue"}],
            "colorPalette": PALETTE,
        },
        "facts": FACTS,
        "images": images or [],
        "durationInFrames": frames,
        "width": size[0],
        "height": size[1],
    }


async def compiled(engine: EngineClient, tsx: str) -> str:
    """TSX -> the CommonJS DynamicVideo runs: esbuild only, no validation (the samples skip the validator)."""
    result = await engine.compile(tsx)
    assert result["ok"], result
    js: str = result["js"]
    return js


@pytest_asyncio.fixture(scope="session")
async def checker() -> AsyncIterator[StillChecker]:
    async with StillChecker(frame_timeout_s=8.0) as still_checker:
        yield still_checker


@pytest_asyncio.fixture
async def canary() -> AsyncIterator[Canary]:
    async with Canary() as listener:
        yield listener
