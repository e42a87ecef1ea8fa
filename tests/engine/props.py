"""Input props for the engine tests: DynamicVideo around a piece of TSX, at a small size."""

from typing import Any

from video.engine import EngineClient

PALETTE = {"primary": "#8B5CF6", "secondary": "#06B6D4", "accent": "#F472B6", "background": "#07070D"}
FACTS = {
    "kind": "course",
    "title": "Saturation & Warmth",
    "storeName": "Pause Play Repeat",
    "domain": "pauseplayrepeat.com",
    "cta": "Enroll at pauseplayrepeat.com",
}


async def dynamic_props(
    engine: EngineClient, tsx: str, *, seconds: float = 2, size: tuple[int, int] = (270, 480)
) -> dict[str, Any]:
    compiled = await engine.compile(tsx)
    assert compiled["ok"], compiled
    frames = round(seconds * 30)
    return {
        "code": compiled["js"],
        "script": {
            "totalDuration": seconds,
            "scenes": [{"id": "hook", "duration": seconds, "headline": "Warm it up", "mood": "intrigue"}],
            "colorPalette": PALETTE,
        },
        "facts": FACTS,
        "images": [],
        "durationInFrames": frames,
        "width": size[0],
        "height": size[1],
    }
