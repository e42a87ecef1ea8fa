"""Turning a job's state into engine input props, and rendering the final MP4 with progress."""

from pathlib import Path
from typing import Any

from agent.assets.aspect import FRAME_SIZES
from agent.deps import VideoDeps
from agent.dynamic_props import dynamic_video_props
from agent.engine.results import RenderProgress, RenderResult
from agent.fallback import template_props

DYNAMIC = "DynamicVideo"


def image_urls(deps: VideoDeps) -> list[str | None]:
    server = deps.services.asset_server
    return [server.url_for(asset) if asset else None for asset in deps.state.images]


def audio_url(deps: VideoDeps) -> str | None:
    voice = deps.state.voice
    return deps.services.asset_server.url_for(voice.audio) if voice else None


def output_size(deps: VideoDeps) -> tuple[int, int]:
    """The frame size for the job's aspect, times the run's render scale (even numbers, as H.264 needs)."""
    width, height = FRAME_SIZES[deps.aspect]  # type: ignore[index]
    scale = deps.settings.render_scale
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


def composition_and_props(deps: VideoDeps, *, burn_captions: bool = False) -> tuple[str, dict[str, Any]]:
    """The composition to render and its input props: the generated code in DynamicVideo, or the fallback
    template."""
    state = deps.state
    assert state.draft is not None and state.facts is not None
    script = state.draft.script
    if state.fallback is not None:
        return state.fallback, template_props(
            state.fallback, state.facts, script, image_urls(deps), audio_url(deps)
        )
    assert state.compiled_js is not None
    props = {
        "code": state.compiled_js,
        **dynamic_video_props(script, state.facts, image_urls(deps), audio_url(deps), output_size(deps)),
    }
    if burn_captions and state.voice is not None:
        props["words"] = [word.model_dump() for word in state.voice.words]
        props["burnCaptions"] = True
    return DYNAMIC, props


async def render_final(deps: VideoDeps, out: Path, *, burn_captions: bool = False) -> RenderResult:
    composition, props = composition_and_props(deps, burn_captions=burn_captions)
    total = deps.state.draft.script.total_frames() if deps.state.draft else 0

    def on_progress(event: RenderProgress) -> None:
        deps.progress.render_progress(
            event.progress, f"{event.rendered_frames}/{total} frames rendered, {event.encoded_frames} encoded"
        )

    # One browser tab: on 2 cores a second tab made the director's 1080x1920 compositions slower (measured
    # 2.0 against 1.1 frames/s); only plain templates gained from it.
    return await deps.services.engine.render(
        composition,
        out,
        input_props=props,
        size=output_size(deps),
        concurrency=1,
        x264_preset=deps.settings.x264_preset,
        allowed_origins=deps.services.allowed_origins,
        on_progress=on_progress,
    )
