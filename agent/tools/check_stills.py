"""Tool: check_stills."""

import io

from PIL import Image
from pydantic_ai import BinaryContent, ModelRetry, RunContext, ToolReturn

from agent.deps import VideoDeps
from agent.finishing import check_stills as run_still_checks
from agent.prompts import render

PREVIEW_WIDTH = 360
MAX_FRAMES_SHOWN = 8


def _preview(png_path: str) -> BinaryContent:
    """A small JPEG of a checked frame: enough for a vision model to judge layout, cheap in tokens."""
    image = Image.open(png_path).convert("RGB")
    image.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return BinaryContent(data=buffer.getvalue(), media_type="image/jpeg")


async def check_stills(ctx: RunContext[VideoDeps]) -> ToolReturn:
    """Render chosen frames of the validated composition in a real browser (each scene just after its entrance
    and at its middle, the first and last frame) and check what a viewer would see: text outside the frame or
    the platform safe area, clipped or overlapping text, text too small, low contrast, blank frames, broken
    images, runtime errors, fallback fonts. Returns the issues and the frames as images."""
    deps = ctx.deps
    state = deps.state
    if state.tsx is None or state.tsx != state.validated_tsx:
        raise ModelRetry("validate the current composition first; check_stills looks at validated code")
    if state.stills_rounds >= deps.settings.max_stills_rounds:
        return ToolReturn(
            return_value=f"The stills were checked {state.stills_rounds} times (the limit): render now."
        )
    report = await run_still_checks(deps)
    text = render(
        "tool_results/stills.md.jinja",
        report=report,
        round=state.stills_rounds,
        rounds_left=deps.settings.max_stills_rounds - state.stills_rounds,
    )
    shown = report.frames[:MAX_FRAMES_SHOWN]
    content: list[str | BinaryContent] = []
    for frame in shown:
        content.append(f"Frame {frame.frame} ({frame.scene or 'no scene'}):")
        content.append(_preview(str(frame.png)))
    return ToolReturn(return_value=text, content=content, metadata=report)
