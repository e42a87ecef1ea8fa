"""An engine of its own with a short frame limit (the default is 10 s): every hang below costs its limit."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.watchdog.compositions import HEALTHY, video_props
from video.engine import EngineClient

FRAME_TIMEOUT_MS = 3000
# Smaller than the default 512 MB so a runaway allocation crashes sooner; every composition still renders.
PAGE_HEAP_MB = 256


@pytest_asyncio.fixture(scope="session")
async def engine(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[EngineClient]:
    env = {"PPR_FRAME_TIMEOUT_MS": str(FRAME_TIMEOUT_MS), "PPR_PAGE_HEAP_MB": str(PAGE_HEAP_MB)}
    async with EngineClient(env=env) as client:
        await client.bundle()
        # A first render warms the browser (its first page is the slowest), as a worker's engine would be.
        warm: Path = tmp_path_factory.mktemp("warm") / "warm.mp4"
        await client.render(
            "DynamicVideo", warm, input_props=await video_props(client, HEALTHY), x264_preset="ultrafast"
        )
        yield client
