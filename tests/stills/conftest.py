"""A warm StillChecker for the still-check tests (real Chromium, real esbuild; the engine that compiles is
tests/conftest.py's)."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from video.engine import EngineClient
from video.stills import StillChecker
from video.stills.static_server import StaticServer

FIXTURES = Path(__file__).parent / "fixtures"
# Half of 1080x1920: the checks scale with the frame, and small frames keep the suite fast.
PORTRAIT = (540, 960)
PALETTE = {"primary": "#8B5CF6", "secondary": "#06B6D4", "accent": "#F472B6", "background": "#07070D"}
FACTS = {
    "kind": "course",
    "title": "Saturation & Warmth",
    "description": "Twelve lessons on tape, tube and transformer saturation, from gentle warmth to "
    "full grit, with the presets and stems from every session included.",
    "storeName": "Pause Play Repeat",
    "domain": "pauseplayrepeat.com",
    "cta": "Enroll at pauseplayrepeat.com",
}


def fixture_props(
    *,
    size: tuple[int, int] = PORTRAIT,
    frames: int = 90,
    headline: str = "Make your mixes warm",
    images: list[str | None] | None = None,
    facts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    seconds = frames / 30
    return {
        "script": {
            "totalDuration": seconds,
            "scenes": [{"id": "hook", "duration": seconds, "headline": headline, "mood": "intrigue"}],
            "colorPalette": PALETTE,
        },
        "facts": facts or FACTS,
        "images": images or [],
        "durationInFrames": frames,
        "width": size[0],
        "height": size[1],
    }


@pytest_asyncio.fixture(scope="session")
async def checker() -> AsyncIterator[StillChecker]:
    async with StillChecker() as still_checker:
        yield still_checker


@pytest.fixture(scope="session")
def fixture_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    """Serves one real PNG (cover.png) on 127.0.0.1, standing in for the asset server."""
    from PIL import Image

    root = tmp_path_factory.mktemp("fixture-assets")
    Image.new("RGB", (64, 64), (139, 92, 246)).save(root / "cover.png")
    with StaticServer(root) as server:
        yield server


async def compile_fixture(engine: EngineClient, name: str) -> str:
    compiled = await engine.compile((FIXTURES / f"{name}.tsx").read_text())
    assert compiled["ok"], compiled
    js: str = compiled["js"]
    return js
