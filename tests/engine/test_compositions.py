"""Every composition is registered and every template and example renders a short, correct clip."""

from pathlib import Path

import pytest

from video.engine import EngineClient
from video.engine.media import probe

TEMPLATES = ["CoursePromoTemplate", "FeatureExplainerTemplate", "ProductLaunchTemplate"]
EXAMPLES = [
    "PausePlayRepeatVideo",
    "EmailAutomationVideo",
    "BeatLeaseVideo",
    "FollowGatesVideo",
    "SaturationCourseVideo",
    "SaturationCourseV2",
]

pytestmark = pytest.mark.render


async def test_every_composition_is_listed(engine: EngineClient) -> None:
    listed = {item.id: item for item in await engine.compositions()}
    assert {"DynamicVideo", *TEMPLATES, *EXAMPLES} <= set(listed)
    for composition_id in TEMPLATES + EXAMPLES:
        item = listed[composition_id]
        assert item.fps == 30
        assert (item.width, item.height) == (1080, 1920)
        assert 20 * 30 <= item.duration_in_frames <= 40 * 30 or composition_id in TEMPLATES


@pytest.mark.parametrize("composition_id", TEMPLATES + EXAMPLES)
async def test_renders_a_short_clip(engine: EngineClient, composition_id: str, tmp_path: Path) -> None:
    out = tmp_path / f"{composition_id}.mp4"
    result = await engine.render(
        composition_id, out, size=(270, 480), frame_range=(30, 59), x264_preset="ultrafast"
    )
    assert result.runtime_errors == []
    info = probe(out)
    assert info.codec == "h264"
    assert (info.width, info.height) == (270, 480)
    assert info.frames == 30
    assert info.duration_s == pytest.approx(1.0, abs=0.05)
