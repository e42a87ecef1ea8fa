"""Recording a finished video: the job's files and the library entry that shows it."""

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import Session

from domain.vocab import Platform
from store.library import library_entry_of_job
from store.models import VideoJob, VideoLibraryEntry, saved_id
from store.status import update_job_status


class VideoArtifacts(BaseModel):
    """The files a finished job wrote and what the library shows about them."""

    out_dir: Path
    video: Path
    thumbnail: Path | None = None
    srt: Path | None = None
    vtt: Path | None = None
    script: Path | None = None
    composition: Path | None = None
    report: Path | None = None
    title: str = Field(min_length=1, max_length=200)
    duration_s: float = Field(gt=0)
    captions: dict[Platform, str] = Field(default_factory=dict)
    hashtags: list[str] = Field(default_factory=list)

    def files(self) -> dict[str, str]:
        """Every file by its role: video, thumbnail, srt, vtt, script, composition, report."""
        fields = ("video", "thumbnail", "srt", "vtt", "script", "composition", "report")
        return {name: str(path) for name in fields if (path := getattr(self, name)) is not None}


def store_video_result(session: Session, job: VideoJob, artifacts: VideoArtifacts) -> VideoLibraryEntry:
    """Completes `job` with its files and adds (or refreshes) its library entry, in one commit."""
    if not artifacts.video.is_file():
        raise FileNotFoundError(f"job {job.id}: the video {artifacts.video} does not exist")
    values: dict[str, Any] = {
        "title": artifacts.title,
        "video_path": str(artifacts.video),
        "thumbnail_path": _text(artifacts.thumbnail),
        "srt_path": _text(artifacts.srt),
        "vtt_path": _text(artifacts.vtt),
        "duration_s": artifacts.duration_s,
        "aspect": job.aspect,
        "captions": {str(platform): text for platform, text in artifacts.captions.items()},
        "hashtags": list(artifacts.hashtags),
        "version": job.version,
        "version_label": job.version_label,
    }
    entry = library_entry_of_job(session, saved_id(job))
    if entry is None:
        entry = VideoLibraryEntry(
            job_id=saved_id(job), owner_id=job.owner_id, store_id=job.store_id, **values
        )
    else:
        entry.sqlmodel_update(values)
    job.out_dir = str(artifacts.out_dir)
    job.artifacts = artifacts.files()
    session.add(entry)
    update_job_status(session, job, "completed")
    return entry


def _text(path: Path | None) -> str | None:
    return None if path is None else str(path)
