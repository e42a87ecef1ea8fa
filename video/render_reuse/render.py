"""A DynamicVideo render that paints only the chunks no earlier version of the thread already has."""

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.async_api import Error as PlaywrightError

from domain.script import FPS
from video.engine.results import RenderProgress, RenderResult, RuntimeError_
from video.render_reuse.identity import CHUNK_FRAMES, RenderIdentity, chunk_keys
from video.render_reuse.manifest import SourceVideo, write_manifest
from video.render_reuse.plan import Copy, Paint, Segment, plan_segments
from video.render_reuse.splice import SpliceError, cut_chunks, join_pieces
from video.render_reuse.work import RenderWork
from video.services import Services
from video.stills.models import FrameFingerprints
from video.stills.preview_build import preview_hash

DYNAMIC = "DynamicVideo"
PIECES_FOLDER = ".render-pieces"

ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True)
class ReusableRender:
    """A final render of generated code. `narration` is the local file behind the props' audioUrl (None: no
    voice); `sources` are earlier versions' videos, the most likely to share frames first."""

    props: dict[str, Any]
    out: Path
    job_id: int
    x264_preset: str
    narration: Path | None
    sources: list[SourceVideo] = field(default_factory=list)
    crf: int = 18

    @property
    def size(self) -> tuple[int, int]:
        return self.props["width"], self.props["height"]

    @property
    def frames(self) -> int:
        frames: int = self.props["durationInFrames"]
        return frames


async def _fingerprints(services: Services, render: ReusableRender) -> FrameFingerprints | str:
    """The frames' fingerprints, or why there are none that can be trusted."""
    props = {name: value for name, value in render.props.items() if name != "code"}
    try:
        fingerprints = await services.stills.fingerprints(
            js=render.props["code"],
            props=props,
            chunk_frames=CHUNK_FRAMES,
            allowed_origins=services.allowed_origins,
        )
    except (PlaywrightError, TimeoutError) as error:
        detail = str(error).splitlines()[0] if str(error) else "timed out"
        return f"the frames could not be fingerprinted ({detail})"
    if fingerprints.opaque_elements:
        tags = ", ".join(f"<{tag}>" for tag in fingerprints.opaque_elements)
        return f"the composition draws {tags} elements, whose content the page cannot compare"
    if render.props.get("audioUrl") and render.narration is None:
        return "the narration is not a local file"
    return fingerprints


async def _identity(services: Services, render: ReusableRender, browser: str) -> str:
    bundle = await services.engine.bundle()
    width, height = render.size
    return RenderIdentity(
        bundle=bundle.hash,
        preview=preview_hash(),
        browser=browser,
        composition=DYNAMIC,
        width=width,
        height=height,
        fps=FPS,
        crf=render.crf,
        x264_preset=render.x264_preset,
    ).digest()


async def render_reusing_frames(
    services: Services, render: ReusableRender, on_progress: ProgressCallback
) -> tuple[RenderResult, RenderWork]:
    """Renders `render.out`. Frames whose chunk an earlier version already has are copied from its video; the
    rest is painted with a keyframe on every chunk boundary, and a manifest beside the video lets later
    versions copy from this one."""
    started = time.perf_counter()
    on_progress(0.0, "comparing the frames with earlier versions")
    fingerprints = await _fingerprints(services, render)
    if isinstance(fingerprints, str):
        result = await _paint(services, render, on_progress, keyframes=False)
        return result, RenderWork(
            mode="whole", frames=render.frames, painted_frames=render.frames, reason=fingerprints
        )
    fingerprint_s = time.perf_counter() - started
    identity = await _identity(services, render, fingerprints.browser)
    keys = chunk_keys(fingerprints.hashes, identity)
    sources = [source for source in render.sources if source.manifest.identity == identity]
    segments = plan_segments(keys, render.frames, CHUNK_FRAMES, sources)
    copies = [segment for segment in segments if isinstance(segment, Copy)]
    splice_s: float | None = None
    reason = None
    if copies:
        try:
            result, splice_s = await _splice(services, render, segments, on_progress)
        except SpliceError as error:
            # A source that no longer cuts cleanly is not worth failing the job for: paint everything.
            reason = f"copying from earlier versions failed ({error}); every frame was painted"
            copies = []
    if not copies:
        result = await _paint(services, render, on_progress, keyframes=True)
    if not result.runtime_errors:
        write_manifest(
            render.out,
            job_id=render.job_id,
            identity=identity,
            chunk_frames=CHUNK_FRAMES,
            frames=render.frames,
            fps=FPS,
            chunk_keys=keys,
        )
    reused = sum(copy.frames for copy in copies)
    work = RenderWork(
        mode="spliced" if copies else "painted",
        frames=render.frames,
        painted_frames=render.frames - reused,
        reused_frames=reused,
        reused_from_jobs=sorted({copy.source.manifest.job_id for copy in copies}),
        fingerprint_s=round(fingerprint_s, 3),
        splice_s=None if splice_s is None else round(splice_s, 3),
        reason=reason,
    )
    return result, work


async def _paint(
    services: Services, render: ReusableRender, on_progress: ProgressCallback, *, keyframes: bool
) -> RenderResult:
    """The whole video in one render, with Remotion's own audio; `keyframes`: one on every chunk boundary."""

    def progress(event: RenderProgress) -> None:
        on_progress(
            event.progress,
            f"{event.rendered_frames}/{render.frames} frames rendered, {event.encoded_frames} encoded",
        )

    return await services.engine.render(
        DYNAMIC,
        render.out,
        input_props=render.props,
        size=render.size,
        concurrency=1,
        crf=render.crf,
        x264_preset=render.x264_preset,
        allowed_origins=services.allowed_origins,
        keyframe_interval=CHUNK_FRAMES if keyframes else None,
        on_progress=progress,
    )


async def _splice(
    services: Services, render: ReusableRender, segments: list[Segment], on_progress: ProgressCallback
) -> tuple[RenderResult, float]:
    """Cuts the Copy segments out of their sources, paints the Paint segments as muted pieces, and joins them
    with the narration. Returns the result and the seconds spent cutting and joining."""
    started = time.perf_counter()
    pieces_dir = render.out.parent / PIECES_FOLDER
    shutil.rmtree(pieces_dir, ignore_errors=True)
    pieces_dir.mkdir(parents=True)
    pieces = [pieces_dir / f"{index:04d}.ts" for index in range(len(segments))]
    try:
        # Cutting first: a source that cannot be cut is found before anything is painted.
        for segment, piece in zip(segments, pieces, strict=True):
            if isinstance(segment, Copy):
                await cut_chunks(
                    segment.source.path,
                    first_frame=segment.source_first,
                    frames=segment.frames,
                    fps=FPS,
                    out=piece,
                )
        splice_s = time.perf_counter() - started
        runtime_errors = await _paint_pieces(services, render, segments, pieces, on_progress)
        joining = time.perf_counter()
        await join_pieces(
            pieces,
            narration=render.narration,
            frames=render.frames,
            fps=FPS,
            out=render.out,
            work_dir=pieces_dir,
        )
        splice_s += time.perf_counter() - joining
    finally:
        shutil.rmtree(pieces_dir, ignore_errors=True)
    width, height = render.size
    result = RenderResult(
        path=render.out,
        frames=render.frames,
        width=width,
        height=height,
        fps=FPS,
        duration_in_frames=render.frames,
        ms=round((time.perf_counter() - started) * 1000),
        runtime_errors=runtime_errors,
    )
    return result, splice_s


async def _paint_pieces(
    services: Services,
    render: ReusableRender,
    segments: list[Segment],
    pieces: list[Path],
    on_progress: ProgressCallback,
) -> list[RuntimeError_]:
    """Renders each Paint segment into its piece (muted MPEG-TS, a keyframe on every chunk boundary); returns
    the runtime errors they met."""
    to_paint = sum(segment.frames for segment in segments if isinstance(segment, Paint))
    copied = render.frames - to_paint
    painted = 0
    runtime_errors: list[RuntimeError_] = []
    for segment, piece in zip(segments, pieces, strict=True):
        if not isinstance(segment, Paint):
            continue

        def progress(event: RenderProgress, before: int = painted) -> None:
            rendered = before + event.rendered_frames
            detail = f"{rendered}/{to_paint} changed frames rendered, {copied} copied from other versions"
            on_progress(rendered / to_paint, detail)

        result = await services.engine.render(
            DYNAMIC,
            piece,
            input_props=render.props,
            size=render.size,
            frame_range=(segment.first, segment.last),
            muted=True,
            transport_stream=True,
            concurrency=1,
            crf=render.crf,
            x264_preset=render.x264_preset,
            allowed_origins=services.allowed_origins,
            keyframe_interval=CHUNK_FRAMES,
            on_progress=progress,
        )
        painted += segment.frames
        runtime_errors.extend(result.runtime_errors)
    return runtime_errors
