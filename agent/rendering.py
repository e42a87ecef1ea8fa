"""Turning a job's state into engine input props, and rendering the final MP4 with progress."""

from pathlib import Path
from typing import Any

from agent.assets.aspect import FRAME_SIZES
from agent.deps import VideoDeps
from agent.dynamic_props import dynamic_video_props
from agent.engine.results import RenderProgress, RenderResult
from agent.fallback import template_props
from agent.render_reuse.render import DYNAMIC, ReusableRender, render_reusing_frames
from agent.render_reuse.sources import earlier_versions
from agent.render_reuse.work import RenderWork
from store.job_records import record_render_work


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


def narration_file(deps: VideoDeps) -> Path | None:
    """The voice-over as a local file, if there is one."""
    voice = deps.state.voice
    if voice is None:
        return None
    path = Path(deps.services.asset_store.path_or_url(voice.audio.key))
    return path if path.is_file() else None


async def render_final(deps: VideoDeps, out: Path, *, burn_captions: bool = False) -> RenderResult:
    """Generated code reuses the frames it shares with earlier versions of the thread; a template fallback is
    rendered whole. What the render did is recorded on the job."""
    composition, props = composition_and_props(deps, burn_captions=burn_captions)
    if composition == DYNAMIC:
        assert deps.job.id is not None
        reusable = ReusableRender(
            props=props,
            out=out,
            job_id=deps.job.id,
            x264_preset=deps.settings.x264_preset,
            narration=narration_file(deps),
            sources=earlier_versions(deps.session, deps.user, deps.job),
        )
        result, work = await render_reusing_frames(deps.services, reusable, deps.progress.render_progress)
    else:
        result = await _render_template(deps, composition, props, out)
        work = RenderWork(
            mode="whole", frames=result.frames, painted_frames=result.frames, reason="a template fallback"
        )
    record_render_work(deps.session, deps.job, work.model_dump())
    return result


async def _render_template(
    deps: VideoDeps, composition: str, props: dict[str, Any], out: Path
) -> RenderResult:
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
