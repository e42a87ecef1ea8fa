"""A job's files as the Studio serves them: a fixed table of published names, the assets its composition
loads, and deleting a job with its folder. A requested name is only ever looked up, never joined onto a
path."""

import os
import shutil
from pathlib import Path

from sqlmodel import Session

from domain.errors import Conflict
from domain.paths import job_dir
from domain.vocab import FINISHED_STATUSES
from service.job_fields import JobFields
from store.job_deletion import delete_job_rows
from store.models import User
from store.ownership import owned_job
from video.assets.asset_store import LocalAssetStore
from video.snapshot import SNAPSHOT_FILE, AssetSnapshot

PUBLISHED_FILES = (
    "video.mp4",
    "thumbnail.jpg",
    "subtitles.srt",
    "subtitles.vtt",
    "captions.json",
    "video-captioned.mp4",
)


def published_files(job: JobFields) -> dict[str, Path]:
    """The files of a completed job that exist, by name (none before it completes: mid-render, video.mp4
    is not a whole video yet)."""
    return {} if job.id is None else files_published(job.id, job.status)


def files_published(job_id: int, status: str) -> dict[str, Path]:
    """published_files() of a job known by its id and status."""
    if status != "completed":
        return {}
    folder = job_dir(job_id)
    try:
        # One directory read instead of a stat per published name.
        with os.scandir(folder) as entries:
            present = {entry.name for entry in entries if entry.is_file()}
    except FileNotFoundError:
        return {}
    return {name: folder / name for name in PUBLISHED_FILES if name in present}


def job_file(session: Session, user: User, job_id: int, name: str) -> Path | None:
    """The published file `name` of `user`'s job, or None."""
    return published_files(owned_job(session, user, job_id)).get(name)


def job_asset_keys(job_id: int) -> list[str]:
    """The stored images and narration the job's composition loads (its assets.json)."""
    path = job_dir(job_id) / SNAPSHOT_FILE
    if not path.is_file():
        return []
    snapshot = AssetSnapshot.model_validate_json(path.read_text())
    keys = [key for key in snapshot.images if key]
    return [*keys, snapshot.voice.audio_key] if snapshot.voice else keys


def job_asset(session: Session, user: User, job_id: int, key: str) -> Path | None:
    """An asset of `user`'s job, only if its assets.json lists `key`."""
    job = owned_job(session, user, job_id)
    if job.id is None or key not in job_asset_keys(job.id):
        return None
    store = LocalAssetStore()
    return Path(store.path_or_url(key)) if store.find(key) is not None else None


def delete_job(session: Session, user: User, job_id: int) -> None:
    """Deletes a finished job, its library entry and posts, its events and its folder."""
    job = owned_job(session, user, job_id)
    if job.status not in FINISHED_STATUSES:
        raise Conflict(f"job {job_id}: is {job.status}; cancel it before deleting it")
    delete_job_rows(session, job)
    shutil.rmtree(job_dir(job_id), ignore_errors=True)
