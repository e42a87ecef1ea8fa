from collections.abc import AsyncIterator

import pytest_asyncio

from video.engine import EngineClient


@pytest_asyncio.fixture(scope="session")
async def engine() -> AsyncIterator[EngineClient]:
    async with EngineClient() as client:
        await client.bundle()
        yield client
