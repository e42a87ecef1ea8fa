"""Runs the engine's validators on a composition."""

from domain.script import FPS, VideoScript
from video.engine import EngineClient
from video.validation.result import ValidationResult


async def validate_composition(
    engine: EngineClient,
    tsx: str,
    script: VideoScript | None = None,
    assets: list[str] | None = None,
    *,
    fps: int = FPS,
) -> ValidationResult:
    """Type, security and structure checks of `tsx`; with a script also its duration and palette.

    `assets` are the image and audio URLs of the job that the composition may load besides props.images.
    """
    result = await engine.request(
        "validate",
        code=tsx,
        script=script.to_json_dict() if script else None,
        assets=assets or [],
        fps=fps,
        timeout=60,
    )
    return ValidationResult.model_validate(result)
