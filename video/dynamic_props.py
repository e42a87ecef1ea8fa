"""DynamicVideo's input props (without the compiled code): built in one place for renders, still checks, the
Studio's preview and re-renders of published versions."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlmodel import Session

from domain.aspect import FRAME_SIZES
from domain.script import VideoFacts, VideoScript, WordTiming
from store.context import gather_context
from store.facts import facts_from_context
from store.models import VideoJob
from video.assets.server import AssetServer
from video.snapshot import SNAPSHOT_FILE, AssetSnapshot


def dynamic_video_props(
    script: VideoScript,
    facts: VideoFacts,
    images: list[str | None],
    audio_url: str | None,
    size: tuple[int, int],
    words: Sequence[WordTiming] | None = None,
) -> dict[str, Any]:
    """`words` are the narration's word timings (seconds), for on-screen text that follows the voice."""
    props: dict[str, Any] = {
        "script": script.to_json_dict(),
        "facts": facts.to_json_dict(),
        "images": images,
        "audioUrl": audio_url,
        "durationInFrames": script.total_frames(),
        "width": size[0],
        "height": size[1],
    }
    if words:
        props["words"] = [word.model_dump() for word in words]
    return props


def published_version(
    session: Session, job: VideoJob, server: AssetServer
) -> tuple[str, VideoScript, dict[str, Any]]:
    """A finished version's TSX, script and full-size props, from the files it published and its asset
    snapshot (served by `server`)."""
    folder = Path(job.out_dir or "")
    script = VideoScript.model_validate_json((folder / "script.json").read_text())
    snapshot = AssetSnapshot.model_validate_json((folder / SNAPSHOT_FILE).read_text())
    props = dynamic_video_props(
        script,
        facts_from_context(gather_context(session, job)),
        [server.url_for(key) if key else None for key in snapshot.images],
        server.url_for(snapshot.voice.audio_key) if snapshot.voice else None,
        FRAME_SIZES[job.aspect],  # type: ignore[index]
        snapshot.voice.words if snapshot.voice else None,
    )
    return (folder / "composition.tsx").read_text(), script, props
