"""Tool: render_video."""

from typing import Literal

from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps
from agent.finishing import StillsFailed, render_version
from video.engine.errors import FrameAborted


async def render_video(
    ctx: RunContext[VideoDeps],
    aspect: Literal["9:16", "16:9", "1:1"] | None = None,
    burn_captions: bool | None = None,
) -> str:
    """Render the final MP4 of the validated composition (or of the template fallback). Check the stills
    first: rendering is the slow step, and code whose still checks have not passed is checked before it
    renders.

    Args:
        aspect: Only when the creator asked for another format: '9:16', '16:9' or '1:1'. Default: the job's.
        burn_captions: Draw TikTok-style captions of the narration into the video (word by word, inside the
            safe area). Default: what the creator chose for the job.
    """
    deps = ctx.deps
    state = deps.state
    if aspect is not None and aspect != deps.job.aspect:
        state.aspect = aspect
        deps.job.aspect = aspect
        deps.session.add(deps.job)
        deps.session.commit()
    if state.draft is None:
        raise ModelRetry("write the script first")
    if not state.composition_ready():
        raise ModelRetry(
            "the current composition has not passed validate; run validate and fix what it reports"
        )
    try:
        result = await render_version(deps, burn_captions=burn_captions)
    except StillsFailed as error:
        raise ModelRetry(
            f"the still checks found frames that do not show the composition; fix them: {error}"
        ) from error
    except FrameAborted as error:
        raise ModelRetry(
            f"{error.message}: the code that runs at frame {error.frame} never finishes or runs out of "
            "memory (an endless loop, a regular expression that backtracks without end, a delayRender() that "
            "is never continued, a huge allocation); fix it, validate and render again"
        ) from error
    errors = "".join(f"\n- frame {error.frame}: {error.message}" for error in result.runtime_errors)
    seconds = result.frames / result.fps
    summary = (
        f"Rendered {result.frames} frames ({seconds:.1f} s) at {result.width}x{result.height} "
        f"in {result.ms / 1000:.1f} s."
    )
    if errors:
        summary += f"\nThe composition threw at these frames (they show an error frame); fix it:{errors}"
    return summary
