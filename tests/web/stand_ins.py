"""Moving a job along with the store's own functions and small stand-in files, for API tests that are about
the API (the end-to-end test runs the real pipeline)."""

import json

from sqlmodel import Session

from domain.aspect import FRAME_SIZES
from domain.events import Completed, PreviewReady
from domain.paths import job_dir
from domain.script import FPS, VideoScript
from store.events import append_event
from store.models import VideoJob
from store.results import VideoArtifacts, store_video_result
from store.status import update_job_status
from video.snapshot import SNAPSHOT_FILE

IMAGE_KEY = "a" * 64 + ".jpg"
SCRIPT = VideoScript.model_validate(
    {
        "totalDuration": 2,
        "scenes": [
            {"id": "hook", "duration": 1, "headline": "Warm mixes <b>now</b>", "mood": "intrigue"},
            {"id": "cta", "duration": 1, "headline": "Enroll today", "mood": "excitement"},
        ],
        "colorPalette": {
            "primary": "#F97316",
            "secondary": "#F472B6",
            "accent": "#FACC15",
            "background": "#0B0708",
        },
    }
)
MP4_BYTES = bytes(range(256)) * 40


def job(db: Session, job_id: int) -> VideoJob:
    db.expire_all()
    return db.get_one(VideoJob, job_id)


def validate(db: Session, job_id: int) -> VideoJob:
    """The job as it is once its code has validated: its folder holds the compiled code, the script and the
    asset list, and its events say preview_ready."""
    row = job(db, job_id)
    for status in ("gathering_context", "generating_script", "generating_code"):
        update_job_status(db, row, status)
    folder = job_dir(job_id)
    folder.mkdir(parents=True, exist_ok=True)
    video_script = SCRIPT
    (folder / "composition.js").write_text("module.exports.default = () => null;")
    (folder / "script.json").write_text(json.dumps(video_script.to_json_dict()))
    (folder / SNAPSHOT_FILE).write_text(json.dumps({"images": [IMAGE_KEY, None], "voice": None}))
    width, height = FRAME_SIZES[row.aspect]  # type: ignore[index]
    append_event(
        db,
        row,
        PreviewReady(width=width, height=height, fps=FPS, duration_in_frames=video_script.total_frames()),
    )
    return row


def finish(db: Session, job_id: int) -> VideoJob:
    """The job completed, with stand-in published files in its folder."""
    row = job(db, job_id)
    if row.status == "queued":
        row = validate(db, job_id)
    update_job_status(db, row, "rendering")
    folder = job_dir(job_id)
    (folder / "video.mp4").write_bytes(MP4_BYTES)
    for name in ("thumbnail.jpg", "subtitles.srt", "subtitles.vtt"):
        (folder / name).write_bytes(b"x")
    (folder / "captions.json").write_text(json.dumps({"instagram": "Warm mixes"}))
    entry = store_video_result(
        db,
        row,
        VideoArtifacts(
            out_dir=folder,
            video=folder / "video.mp4",
            thumbnail=folder / "thumbnail.jpg",
            srt=folder / "subtitles.srt",
            vtt=folder / "subtitles.vtt",
            title="Warm Mixes",
            duration_s=row.duration_s,
            captions={"instagram": "Warm mixes, finally."},
        ),
    )
    append_event(db, row, Completed(video_id=entry.id, files=dict(row.artifacts)))
    return row


def fail(db: Session, job_id: int, error: str = "chromium crashed") -> VideoJob:
    row = job(db, job_id)
    update_job_status(db, row, "gathering_context")
    return update_job_status(db, row, "failed", error=error)
