from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from domain.script import VideoScript
from tests.validation.corpus import SCRIPT_FILE
from video.engine import EngineClient


@pytest_asyncio.fixture(scope="session")
async def engine() -> AsyncIterator[EngineClient]:
    async with EngineClient() as client:
        yield client


@pytest.fixture(scope="session")
def script() -> VideoScript:
    """Four scenes, 3 + 4 + 4 + 4 s: 450 frames at 30 fps."""
    return VideoScript.model_validate_json(SCRIPT_FILE.read_text())
