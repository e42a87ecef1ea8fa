"""The observer: validates a case's final code again, lays its frames out in the preview page, reads the
MP4's colours, and attaches what it saw to the case output."""

import asyncio
import subprocess
from pathlib import Path

from evals.observe.frame_analysis import analyse_frames
from evals.observe.frame_reader import FrameReader
from evals.observe.props import DYNAMIC, VideoInput, asset_root, video_input
from evals.observe.video_colours import video_colours
from evals.output import EvalOutput
from evals.seen import SeenVideo
from store.brief.model import Brief
from video.assets.server import AssetServer
from video.engine import EngineClient
from video.engine.media import MediaInfo, probe
from video.stills.frames import SceneSpan, pick_frames, scene_spans
from video.validation import validate_composition

SEEN_FOLDER = "eval-frames"
SEEN_FILE = "seen.json"
# Besides the still checker's frames, one late in each scene: text that arrives after the scene's middle.
LATE_IN_SCENE = 0.8


def frames_to_read(duration_in_frames: int, spans: list[SceneSpan]) -> tuple[list[int], list[int]]:
    """(the still checker's frames, every frame to read): the checker's and one late in each scene."""
    checked = pick_frames(duration_in_frames, spans)
    late = [span.start + int(span.length * LATE_IN_SCENE) for span in spans]
    return checked, sorted({*checked, *(frame for frame in late if frame < duration_in_frames)})


def _probe(video: Path | None) -> MediaInfo | None:
    if video is None:
        return None
    try:
        return probe(video)
    except (subprocess.CalledProcessError, StopIteration, KeyError, ValueError):
        return None


class Observer:
    """The engine and a browser, kept warm across cases: `async with Observer() as observer`."""

    def __init__(self) -> None:
        self._engine = EngineClient()
        self._reader = FrameReader()

    async def __aenter__(self) -> "Observer":
        await self._reader.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._reader.__aexit__()
        await self._engine.close()

    async def observe(self, output: EvalOutput, brief: Brief) -> EvalOutput:
        media = await asyncio.to_thread(_probe, output.video)
        composition = output.fallback or DYNAMIC
        if output.script is None:
            seen = SeenVideo(
                composition=composition,
                media=media,
                diagnostics=None,
                frames=[],
                issues=[],
                notes=["no script.json: there is no composition to look at"],
            )
            return output.model_copy(update={"seen": seen})
        root = asset_root(output)
        root.mkdir(parents=True, exist_ok=True)
        with AssetServer(root) as server:
            shown = video_input(output, brief, media, server.origin, js=None)
            seen = await self._look(output, shown, media, server.origin)
        folder = output.folder / SEEN_FOLDER
        folder.mkdir(exist_ok=True)
        (folder / SEEN_FILE).write_text(seen.model_dump_json(indent=1))
        return output.model_copy(update={"seen": seen})

    async def _look(
        self, output: EvalOutput, shown: VideoInput, media: MediaInfo | None, origin: str
    ) -> SeenVideo:
        notes = list(shown.notes)
        diagnostics = None
        if shown.composition == DYNAMIC:
            if output.tsx is None:
                notes.append("no composition.tsx: the generated code cannot be looked at")
                return SeenVideo(
                    composition=DYNAMIC, media=media, diagnostics=None, frames=[], issues=[], notes=notes
                )
            urls = [url for url in [*shown.props["images"], shown.props["audioUrl"]] if url]
            result = await validate_composition(self._engine, output.tsx, output.script, urls)
            diagnostics = result.diagnostics
            if result.js is None:
                notes.append("the final composition no longer compiles: its frames cannot be laid out")
                return SeenVideo(
                    composition=DYNAMIC,
                    media=media,
                    diagnostics=diagnostics,
                    frames=[],
                    issues=[],
                    notes=notes,
                )
            shown.props["code"] = result.js
        spans = scene_spans(shown.props.get("script"))
        checked, frames = frames_to_read(shown.duration_in_frames, spans)
        read = await self._reader.read(
            shown.composition,
            shown.props,
            width=shown.width,
            height=shown.height,
            duration_in_frames=shown.duration_in_frames,
            frames=frames,
            allowed_origins=[origin],
        )
        folder = output.folder / SEEN_FOLDER
        analysis = await asyncio.to_thread(analyse_frames, read.frames, set(checked), spans, folder)
        issues = analysis.issues + ([read.failure] if read.failure else [])
        colours = []
        if output.video is not None and media is not None:
            colours = await asyncio.to_thread(video_colours, output.video, media, frames)
        return SeenVideo(
            composition=shown.composition,
            media=media,
            diagnostics=diagnostics,
            frames=analysis.frames,
            issues=issues,
            min_contrast=analysis.min_contrast,
            colours=colours,
            contact_sheet=analysis.contact_sheet,
            notes=notes,
        )
