"""A director composition, validated by the engine and still-checked at test size (both director tests)."""

from pathlib import Path

from domain.script import VideoFacts, VideoScript
from video.dynamic_props import dynamic_video_props
from video.services import Services
from video.stills import StillsReport
from video.validation import validate_composition

SIZES = {"9:16": (270, 480), "16:9": (480, 270), "1:1": (270, 270)}


async def passing_stills(
    services: Services, tsx: str, script: VideoScript, facts: VideoFacts, aspect: str, out_dir: Path
) -> StillsReport:
    """The still report of `tsx`, which must validate and pass its still checks."""
    validation = await validate_composition(services.engine, tsx, script)
    assert validation.ok and validation.js is not None, validation.errors
    props = dynamic_video_props(script, facts, [None] * len(script.scenes), None, SIZES[aspect])
    report = await services.stills.check(
        js=validation.js, props=props, out_dir=out_dir, allowed_origins=services.allowed_origins
    )
    assert report.passed, [issue.model_dump() for issue in report.errors]
    return report
