"""Turning a version into engine input props, and rendering its final MP4 with progress."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from domain.aspect import FRAME_SIZES
from store.job_records import record_render_work
from video.dynamic_props import dynamic_video_props
from video.engine.results import RenderProgress, RenderResult
from video.render_reuse.render import DYNAMIC, ReusableRender, render_reusing_frames
from video.render_reuse.sources import earlier_versions
from video.render_reuse.work import RenderWork
from video.services import Services
from video.templates import template_props
from video.version import RenderSettings, VersionMedia, VersionTarget

__all__ = ["DYNAMIC", "composition_and_props", "output_size", "render_final"]

RenderProgressCallback = Callable[[float, str], None]


def image_urls(services: Services, media: VersionMedia) -> list[str | None]:
    server = services.asset_server
    return [server.url_for(asset) if asset else None for asset in media.images]


def audio_url(services: Services, media: VersionMedia) -> str | None:
    return services.asset_server.url_for(media.voice.audio) if media.voice else None


def asset_urls(services: Services, media: VersionMedia) -> list[str]:
    """Every URL the version's composition may load: its images and its narration."""
    return [url for url in [*image_urls(services, media), audio_url(services, media)] if url]


def output_size(aspect: str, settings: RenderSettings) -> tuple[int, int]:
    """The frame size for `aspect`, times the render scale (even numbers, as H.264 needs)."""
    width, height = FRAME_SIZES[aspect]  # type: ignore[index]
    scale = settings.render_scale
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


def composition_and_props(
    services: Services, media: VersionMedia, settings: RenderSettings, *, burn_captions: bool = False
) -> tuple[str, dict[str, Any]]:
    """The composition to render and its input props: the generated code in DynamicVideo, or the fallback
    template."""
    script = media.script
    if media.fallback is not None:
        return media.fallback, template_props(
            media.fallback, media.facts, script, image_urls(services, media), audio_url(services, media)
        )
    assert media.compiled_js is not None
    props = {
        "code": media.compiled_js,
        **dynamic_video_props(
            script,
            media.facts,
            image_urls(services, media),
            audio_url(services, media),
            output_size(media.aspect, settings),
            media.voice.words if media.voice else None,
        ),
    }
    if burn_captions and media.voice is not None:
        props["burnCaptions"] = True
    return DYNAMIC, props


def narration_file(services: Services, media: VersionMedia) -> Path | None:
    """The voice-over as a local file, if there is one."""
    if media.voice is None:
        return None
    path = Path(services.asset_store.path_or_url(media.voice.audio.key))
    return path if path.is_file() else None


async def render_final(
    services: Services,
    media: VersionMedia,
    target: VersionTarget,
    settings: RenderSettings,
    on_progress: RenderProgressCallback,
    out: Path,
) -> RenderResult:
    """Generated code reuses the frames it shares with earlier versions of the thread; a template fallback is
    rendered whole. What the render did is recorded on the job."""
    composition, props = composition_and_props(
        services, media, settings, burn_captions=settings.burn_captions
    )
    if composition == DYNAMIC:
        assert target.job.id is not None
        reusable = ReusableRender(
            props=props,
            out=out,
            job_id=target.job.id,
            x264_preset=settings.x264_preset,
            narration=narration_file(services, media),
            sources=earlier_versions(target.session, target.user, target.job),
        )
        result, work = await render_reusing_frames(services, reusable, on_progress)
    else:
        result = await _render_template(services, media, settings, composition, props, out, on_progress)
        work = RenderWork(
            mode="whole", frames=result.frames, painted_frames=result.frames, reason="a template fallback"
        )
    record_render_work(target.session, target.job, work.model_dump())
    return result


async def _render_template(
    services: Services,
    media: VersionMedia,
    settings: RenderSettings,
    composition: str,
    props: dict[str, Any],
    out: Path,
    on_progress: RenderProgressCallback,
) -> RenderResult:
    total = media.script.total_frames()

    def progress(event: RenderProgress) -> None:
        on_progress(
            event.progress, f"{event.rendered_frames}/{total} frames rendered, {event.encoded_frames} encoded"
        )

    # One browser tab: on 2 cores a second tab made the director's 1080x1920 compositions slower (measured
    # 2.0 against 1.1 frames/s); only plain templates gained from it.
    return await services.engine.render(
        composition,
        out,
        input_props=props,
        size=output_size(media.aspect, settings),
        concurrency=1,
        x264_preset=settings.x264_preset,
        allowed_origins=services.allowed_origins,
        on_progress=progress,
    )
