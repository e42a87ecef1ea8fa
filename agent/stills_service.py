"""The still checker as a shared service: its browser starts on the first check and stays warm after."""

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from agent.engine import EngineClient
from agent.stills.checker import StillChecker
from agent.stills.models import StillsReport


class StillsService:
    def __init__(self, engine: EngineClient) -> None:
        self._engine = engine
        self._checker: StillChecker | None = None
        self._lock = asyncio.Lock()

    async def check(
        self,
        *,
        js: str,
        props: Mapping[str, Any],
        out_dir: Path,
        allowed_origins: Sequence[str],
        frames: Sequence[int] | None = None,
    ) -> StillsReport:
        async with self._lock:
            if self._checker is None:
                self._checker = await StillChecker().start()
        return await self._checker.check(
            js=js, props=props, frames=frames, out_dir=out_dir, allowed_origins=allowed_origins
        )

    async def close(self) -> None:
        if self._checker is not None:
            await self._checker.close()
            self._checker = None
