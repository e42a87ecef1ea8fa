"""The still checker as a shared service: its browser starts on the first check and stays warm after."""

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from video.engine import EngineClient
from video.stills.checker import StillChecker, video_props
from video.stills.models import FrameFingerprints, StillsReport


class StillsService:
    def __init__(self, engine: EngineClient) -> None:
        self._engine = engine
        self._checker: StillChecker | None = None
        self._lock = asyncio.Lock()

    async def _checker_started(self) -> StillChecker:
        async with self._lock:
            if self._checker is None:
                self._checker = await StillChecker().start()
            return self._checker

    async def check(
        self,
        *,
        js: str,
        props: Mapping[str, Any],
        out_dir: Path,
        allowed_origins: Sequence[str],
        frames: Sequence[int] | None = None,
    ) -> StillsReport:
        checker = await self._checker_started()
        return await checker.check(
            js=js, props=props, frames=frames, out_dir=out_dir, allowed_origins=allowed_origins
        )

    async def fingerprints(
        self, *, js: str, props: Mapping[str, Any], chunk_frames: int, allowed_origins: Sequence[str]
    ) -> FrameFingerprints:
        """Frame hashes of the compiled composition `js` run by DynamicVideo with `props` (see
        StillChecker.fingerprints)."""
        checker = await self._checker_started()
        video = video_props(js, props)
        return await checker.fingerprints(
            "DynamicVideo",
            video,
            width=video["width"],
            height=video["height"],
            duration_in_frames=video["durationInFrames"],
            chunk_frames=chunk_frames,
            allowed_origins=allowed_origins,
        )

    async def close(self) -> None:
        if self._checker is not None:
            await self._checker.close()
            self._checker = None
