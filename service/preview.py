"""The Studio Player's input for a job whose composition has validated: the compiled code, its props, size,
fps and length; there before the MP4 is."""

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session

from domain.aspect import FRAME_SIZES
from domain.paths import job_dir
from domain.script import FPS, VideoScript
from store.context import gather_context
from store.events import job_events
from store.facts import facts_from_context
from store.models import User
from store.ownership import owned_job
from video.dynamic_props import dynamic_video_props
from video.snapshot import SNAPSHOT_FILE, AssetSnapshot


class Preview(BaseModel):
    code: str
    props: dict[str, Any]
    width: int
    height: int
    fps: int
    durationInFrames: int


def job_preview(session: Session, user: User, job_id: int, asset_url: Callable[[str], str]) -> Preview | None:
    """The Player's input once the job's code has validated (its `preview_ready` event), else None.
    `asset_url` turns a stored asset's key into the URL the Player loads it from."""
    job = owned_job(session, user, job_id)
    folder = job_dir(job_id)
    files = [folder / name for name in ("composition.js", "script.json", SNAPSHOT_FILE)]
    ready = bool(job_events(session, job_id, types=("preview_ready",)))
    if not ready or not all(path.is_file() for path in files):
        return None
    code, script_json, snapshot_json = (path.read_text() for path in files)
    script = VideoScript.model_validate_json(script_json)
    snapshot = AssetSnapshot.model_validate_json(snapshot_json)
    width, height = FRAME_SIZES[job.aspect]  # type: ignore[index]
    props = dynamic_video_props(
        script,
        facts_from_context(gather_context(session, job)),
        [asset_url(key) if key else None for key in snapshot.images],
        asset_url(snapshot.voice.audio_key) if snapshot.voice else None,
        (width, height),
        snapshot.voice.words if snapshot.voice else None,
    )
    return Preview(
        code=code, props=props, width=width, height=height, fps=FPS, durationInFrames=script.total_frames()
    )
