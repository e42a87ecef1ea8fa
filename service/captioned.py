"""The MP4 with subtitles, rendered on demand: a finished job's composition rendered again with its
narration's words burned in, into the job's folder as video-captioned.mp4 (which the job's file table then
serves).

One render per job at a time, in a thread of its own with its own event loop and services, so it never blocks
the server's event loop and goes on when the page that asked for it goes away. Its progress lives in this
process (a restarted server forgets a render it was doing; asking again starts it anew)."""

import asyncio
import contextlib
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from sqlmodel import Session

from domain.aspect import FRAME_SIZES
from domain.errors import Conflict
from domain.paths import job_dir
from domain.script import VideoScript
from store.context import gather_context
from store.facts import facts_from_context
from store.models import User, VideoJob
from store.ownership import owned_job
from video.assets.asset_store import LocalAssetStore
from video.engine.media import probe
from video.rendering import composition_and_props, output_size
from video.services import Services
from video.snapshot import load_snapshot
from video.version import VIDEO_FILE, RenderSettings, VersionMedia

CAPTIONED_FILE = "video-captioned.mp4"
PARTIAL_FILE = "video-captioned.rendering.mp4"

CaptionedState = Literal["none", "rendering", "ready", "failed"]
ProgressCallback = Callable[[float], None]
Renderer = Callable[[VersionMedia, RenderSettings, Path, ProgressCallback], Coroutine[Any, Any, None]]


class CaptionedStatus(BaseModel):
    """Where the job's MP4 with subtitles is: `progress` from 0 to 1 while rendering, `error` once failed."""

    job_id: int
    state: CaptionedState
    progress: float = 0.0
    error: str | None = None


@dataclass
class _Render:
    state: CaptionedState = "rendering"
    progress: float = 0.0
    error: str | None = None


# By the job's folder (not its id alone: a test's data directory is new while the ids start again).
_renders: dict[Path, _Render] = {}
_lock = threading.Lock()


def captioned_status(session: Session, user: User, job_id: int) -> CaptionedStatus:
    """The state of `user`'s job's MP4 with subtitles ("none" when it neither exists nor renders)."""
    job = owned_job(session, user, job_id)
    return _status(job)


def start_captioned(
    session: Session, user: User, job_id: int, renderer: Renderer | None = None
) -> CaptionedStatus:
    """Starts rendering `user`'s completed job's MP4 with subtitles, unless it exists or is rendering (then
    says so). Raises NotFound for another creator's job, Conflict when the job cannot have one."""
    job = owned_job(session, user, job_id)
    status = _status(job)
    if status.state in ("ready", "rendering"):
        return status
    media, settings = captioned_input(session, job)
    with _lock:
        folder = job_dir(job_id)
        running = _renders.get(folder)
        if running is not None and running.state == "rendering":
            return CaptionedStatus(job_id=job_id, state="rendering", progress=running.progress)
        render = _renders[folder] = _Render()
    thread = threading.Thread(
        target=_run,
        args=(render, renderer or render_captioned, media, settings, folder),
        name=f"captioned render {job_id}",
        daemon=True,
    )
    thread.start()
    return CaptionedStatus(job_id=job_id, state="rendering", progress=0.0)


def _status(job: VideoJob) -> CaptionedStatus:
    assert job.id is not None
    folder = job_dir(job.id)
    if job.status == "completed" and (folder / CAPTIONED_FILE).is_file():
        return CaptionedStatus(job_id=job.id, state="ready", progress=1.0)
    with _lock:
        render = _renders.get(folder)
        if render is None or render.state == "ready":  # ready, but its file is gone
            return CaptionedStatus(job_id=job.id, state="none")
        return CaptionedStatus(
            job_id=job.id, state=render.state, progress=render.progress, error=render.error
        )


def captioned_input(session: Session, job: VideoJob) -> tuple[VersionMedia, RenderSettings]:
    """What the captioned render shows (the finished version's composition, with its assets) and at which
    scale (the one its MP4 was rendered at). Raises Conflict when the job has no captions to burn."""
    assert job.id is not None
    if job.status != "completed":
        raise Conflict(f"job {job.id}: is {job.status}; the MP4 with subtitles needs a completed video")
    if job.fallback is not None:
        raise Conflict(f"job {job.id}: uses the {job.fallback} template, which cannot burn in subtitles")
    folder = job_dir(job.id)
    code, script_file, video = folder / "composition.js", folder / "script.json", folder / VIDEO_FILE
    snapshot = load_snapshot(folder, LocalAssetStore())
    if not (code.is_file() and script_file.is_file() and video.is_file()) or snapshot is None:
        raise Conflict(f"job {job.id}: its composition or assets are gone; retry the job to make them again")
    images, voice = snapshot
    if voice is None or not voice.words:
        raise Conflict(f"job {job.id}: has no voice-over, so no subtitles to burn in")
    media = VersionMedia(
        script=VideoScript.model_validate_json(script_file.read_text()),
        voiceover="",
        facts=facts_from_context(gather_context(session, job)),
        aspect=job.aspect,
        images=tuple(images),
        voice=voice,
        tsx=None,
        compiled_js=code.read_text(),
        fallback=None,
    )
    width = FRAME_SIZES[job.aspect][0]  # type: ignore[index]
    scale = job.render_scale or probe(video).width / width
    return media, RenderSettings(render_scale=scale, burn_captions=True)


async def render_captioned(
    media: VersionMedia, settings: RenderSettings, out: Path, on_progress: ProgressCallback
) -> None:
    """Renders `media` with its words burned in to `out`, with services of its own."""
    async with Services.start() as services:
        composition, props = composition_and_props(services, media, settings, burn_captions=True)
        await services.engine.render(
            composition,
            out,
            input_props=props,
            size=output_size(media.aspect, settings),
            concurrency=1,
            x264_preset=settings.x264_preset,
            allowed_origins=services.allowed_origins,
            on_progress=lambda event: on_progress(event.progress),
        )


def _run(
    render: _Render, renderer: Renderer, media: VersionMedia, settings: RenderSettings, folder: Path
) -> None:
    partial = folder / PARTIAL_FILE

    def progress(value: float) -> None:
        with _lock:
            render.progress = max(render.progress, min(value, 0.99))

    try:
        asyncio.run(renderer(media, replace(settings, burn_captions=True), partial, progress))
        partial.replace(folder / CAPTIONED_FILE)
        with _lock:
            render.state, render.progress = "ready", 1.0
    except Exception as error:  # any failure is the render's: the page shows it
        with contextlib.suppress(OSError):
            partial.unlink()
        with _lock:
            render.state, render.error = "failed", f"the MP4 with subtitles failed to render: {error}"
