"""A job's files as the Studio serves them: a fixed table of published names, the assets its composition
loads, and deleting a job with its folder. A requested name is only ever looked up, never joined onto a
path."""

import os
import shutil
import time
from pathlib import Path
from threading import Lock

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
    folder = job_dir(job_id)
    return {name: folder / name for name in published_names(job_id, status)}


def published_names(job_id: int, status: str) -> list[str]:
    """The names of files_published(), without their paths (what a status lists)."""
    if status != "completed":
        return []
    present = _listings.file_names(job_dir(job_id))
    return [name for name in PUBLISHED_FILES if name in present]


class FolderListings:
    """The file names in each folder, read again only when the folder's modification time or inode changes
    (adding, removing or renaming a file changes it): every status poll and library read asks, and a stat
    costs a fraction of a directory read.

    A listing is kept only once its folder's time is RACY_S old: a file added within the same tick of a
    coarse filesystem clock would leave the time as it was."""

    RACY_S = 2.0
    CAPACITY = 4096

    def __init__(self) -> None:
        self._names: dict[Path, tuple[tuple[int, int], frozenset[str]]] = {}
        self._lock = Lock()
        self.reads = 0

    def file_names(self, folder: Path) -> frozenset[str]:
        """The names of the files (not folders) in `folder`; empty when it does not exist."""
        try:
            stat = os.stat(folder)
        except FileNotFoundError:
            return frozenset()
        version = (stat.st_ino, stat.st_mtime_ns)
        known = self._names.get(folder)
        if known is not None and known[0] == version:
            return known[1]
        self.reads += 1
        try:
            with os.scandir(folder) as entries:
                names = frozenset(entry.name for entry in entries if entry.is_file())
        except FileNotFoundError:
            return frozenset()
        if time.time_ns() - stat.st_mtime_ns > self.RACY_S * 1e9:
            with self._lock:
                if len(self._names) >= self.CAPACITY:
                    self._names.clear()
                self._names[folder] = (version, names)
        return names


_listings = FolderListings()


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
