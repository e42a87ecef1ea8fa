"""Templates survive many scenes, no optional fields, very long titles and unicode/emoji text."""

from pathlib import Path
from typing import Any

import pytest

from video.engine import EngineClient
from video.engine.media import probe

pytestmark = pytest.mark.render

PALETTE = {"primary": "#F97316", "secondary": "#FACC15", "accent": "#EF4444", "background": "#0B0604"}
MOODS = ["intrigue", "frustration", "solution", "proof", "urgency", "excitement"]
LONG = (
    "The Complete Analog Saturation, Harmonic Distortion and Tape Warmth Masterclass for Bedroom Producers "
    * 2
)
UNICODE = "Sättigung & Wärme 🔥🎛️ — ミキシング入門 · Ñandú 🎧"


def script(scene_count: int, headline: str, seconds_each: float = 1.0) -> dict[str, Any]:
    scenes = [
        {
            "id": f"scene-{index}",
            "duration": seconds_each,
            "headline": f"{headline} {index}",
            "subhead": headline,
            "bulletPoints": [headline, "Tape, tubes & transformers"],
            "emphasis": [headline[:20]],
            "mood": MOODS[index % len(MOODS)],
        }
        for index in range(scene_count)
    ]
    return {"totalDuration": scene_count * seconds_each, "scenes": scenes, "colorPalette": PALETTE}


def minimal_script(scene_count: int) -> dict[str, Any]:
    scenes = [{"id": f"s{index}", "duration": 1, "mood": MOODS[index % 6]} for index in range(scene_count)]
    return {"totalDuration": scene_count, "scenes": scenes, "colorPalette": PALETTE}


def course_props(title: str, video_script: dict[str, Any], *, full: bool) -> dict[str, Any]:
    props: dict[str, Any] = {
        "title": title,
        "description": title,
        "price": 49,
        "currency": "USD",
        "creatorName": "Andrew 🎚️",
        "storeName": "Pause Play Repeat",
        "domain": "pauseplayrepeat.com",
        "script": video_script,
    }
    # Optional fields are sent as null: Remotion merges the demo defaultProps under missing keys.
    props |= {
        "moduleCount": 14 if full else None,
        "modules": [f"{title} module {index}" for index in range(14)] if full else None,
        "lessonCount": 86 if full else None,
        "enrollmentCount": 12840 if full else None,
        "averageRating": 4.9 if full else None,
        "imageUrls": None,
        "audioUrl": None,
    }
    return props


def feature_props(title: str, video_script: dict[str, Any], *, full: bool) -> dict[str, Any]:
    props: dict[str, Any] = {
        "featureName": title,
        "tagline": title,
        "painPoints": [title] * (6 if full else 0),
        "solution": [{"icon": "⚡", "title": title, "description": title}] * (5 if full else 0),
        "stats": [{"value": "10x", "label": title}] * (4 if full else 0),
        "storeName": "Pause Play Repeat",
        "domain": "pauseplayrepeat.com",
        "script": video_script,
    }
    props["steps"] = [{"time": "0:30", "icon": "🎛️", "text": title}] * 6 if full else None
    return props


def product_props(title: str, video_script: dict[str, Any], *, full: bool) -> dict[str, Any]:
    return {
        "productName": title,
        "productType": "sample_pack",
        "price": 19.99,
        "description": title,
        "features": [title] * (9 if full else 0),
        "storeName": "Pause Play Repeat",
        "domain": "pauseplayrepeat.com",
        "script": video_script,
        "imageUrls": None,
    }


BUILDERS = {
    "CoursePromoTemplate": course_props,
    "FeatureExplainerTemplate": feature_props,
    "ProductLaunchTemplate": product_props,
}

CASES = {
    "many-scenes": (lambda: script(14, "Warmer mixes"), True),
    "no-optional-fields": (lambda: minimal_script(3), False),
    "very-long-title": (lambda: script(3, LONG), True),
    "unicode-emoji": (lambda: script(3, UNICODE), True),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("template", list(BUILDERS))
async def test_template_edge_case_renders(
    engine: EngineClient, template: str, case: str, tmp_path: Path
) -> None:
    make_script, full = CASES[case]
    video_script = make_script()
    title = video_script["scenes"][0].get("headline") or "Saturation"
    props = BUILDERS[template](title, video_script, full=full)
    expected_frames = round(video_script["totalDuration"] * 30)
    last = expected_frames - 1
    # The last 12 frames cover the final scene's exit.
    out = tmp_path / "clip.mp4"
    result = await engine.render(
        template,
        out,
        input_props=props,
        size=(216, 384),
        frame_range=(last - 11, last),
        x264_preset="ultrafast",
    )
    assert result.duration_in_frames == expected_frames
    assert probe(out).frames == 12
    still = await engine.still(
        template, tmp_path / "mid.png", frame=expected_frames // 2, input_props=props, size=(216, 384)
    )
    assert still.path.exists()
