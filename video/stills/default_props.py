"""Props for checking a bare TSX file: a plausible script and catalog facts, so the component gets data."""

from typing import Any

from domain.script import FPS, ColorPalette, VideoFacts, VideoScene, VideoScript

DEFAULT_SIZE = (1080, 1920)
DEFAULT_DURATION_FRAMES = 90

DEFAULT_FACTS = VideoFacts(
    kind="course",
    title="Saturation & Warmth",
    description="Twelve lessons on tape, tube and transformer saturation, from gentle warmth to full grit.",
    price=49,
    currency="USD",
    price_label="$49",
    modules=["Gain staging", "Tape and tube", "Parallel saturation", "Mix bus glue"],
    module_count=4,
    lesson_count=12,
    enrollment_count=1840,
    average_rating=4.8,
    review_count=212,
    creator_name="Mara Vance",
    store_name="Pause Play Repeat",
    domain="pauseplayrepeat.com",
    cta="Enroll at pauseplayrepeat.com",
)

_SCENES = [
    VideoScene(id="hook", duration=1, headline="Your mixes sound flat?", emphasis="flat", mood="frustration"),
    VideoScene(
        id="solution",
        duration=1,
        headline="Add warmth that cuts through",
        subhead="Tape, tube and transformer saturation",
        bullet_points=["Gain staging", "Parallel saturation", "Mix bus glue"],
        mood="solution",
    ),
    VideoScene(id="cta", duration=1, headline="Enroll today", emphasis="today", mood="urgency"),
]
_PALETTE = ColorPalette(primary="#8B5CF6", secondary="#06B6D4", accent="#F472B6", background="#07070D")


def default_script(duration_in_frames: int) -> VideoScript:
    """Three scenes (hook, solution, call to action) sharing `duration_in_frames` evenly in whole frames."""
    count = min(len(_SCENES), duration_in_frames)
    base, extra = divmod(duration_in_frames, count)
    lengths = [base + (1 if index < extra else 0) for index in range(count)]
    scenes = [
        scene.model_copy(update={"duration": length / FPS})
        for scene, length in zip(_SCENES, lengths, strict=False)
    ]
    return VideoScript(total_duration=duration_in_frames / FPS, scenes=scenes, color_palette=_PALETTE)


def default_props(width: int, height: int, duration_in_frames: int) -> dict[str, Any]:
    """DynamicVideo props without code, for a composition given with no props of its own."""
    script = default_script(duration_in_frames)
    return {
        "script": script.to_json_dict(),
        "facts": DEFAULT_FACTS.to_json_dict(),
        "images": [None] * len(script.scenes),
        "durationInFrames": duration_in_frames,
        "width": width,
        "height": height,
    }
