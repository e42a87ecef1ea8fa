"""Tool: check_stills."""

from pathlib import Path

from pydantic_ai import BinaryContent, ModelRetry, RunContext, ToolReturn

from agent.deps import VideoDeps
from agent.finishing import check_stills as run_still_checks
from agent.prompts import render

MAX_FRAMES_SHOWN = 8


def _preview(preview: Path) -> BinaryContent:
    """The checker's small JPEG of a frame (made in the checker's process, beside the server's)."""
    return BinaryContent(data=preview.read_bytes(), media_type="image/jpeg")


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
        if frame.preview is not None:
            content.append(f"Frame {frame.frame} ({frame.scene or 'no scene'}):")
            content.append(_preview(frame.preview))
    return ToolReturn(return_value=text, content=content, metadata=report)
