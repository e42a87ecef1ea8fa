"""The creator's video library: listing, reading, counting views, downloads and shares, deleting."""

from pathlib import Path
from typing import Literal

from sqlmodel import Session, col, delete, select

from domain.errors import NotFound
from store.models import ScheduledPost, Store, User, VideoJob, VideoLibraryEntry, saved_id
from store.ownership import owned_job, owned_video

VideoEvent = Literal["view", "download", "share"]


def get_video_library(session: Session, user: User, store: str | None = None) -> list[VideoLibraryEntry]:
    """The creator's finished videos, newest first; `store` (a slug) keeps one store's videos."""
    query = select(VideoLibraryEntry).where(VideoLibraryEntry.owner_id == user.id)
    if store is not None:
        store_id = session.exec(
            select(Store.id).where(Store.slug == store, Store.owner_id == user.id)
        ).first()
        if store_id is None:
            raise NotFound(f"store: you have no store '{store}'; check the slug")
        query = query.where(VideoLibraryEntry.store_id == store_id)
    query = query.order_by(col(VideoLibraryEntry.created_at).desc(), col(VideoLibraryEntry.id).desc())
    return list(session.exec(query).all())


def get_video_by_id(session: Session, user: User, video_id: int) -> VideoLibraryEntry:
    return owned_video(session, user, video_id)


def get_video_for_job(session: Session, user: User, job_id: int) -> VideoLibraryEntry | None:
    """The library entry a job produced, or None while it has none."""
    return library_entry_of_job(session, saved_id(owned_job(session, user, job_id)))


def library_entry_of_job(session: Session, job_id: int) -> VideoLibraryEntry | None:
    """The library entry of a job whose owner the caller has checked, or None while it has none."""
    return session.exec(select(VideoLibraryEntry).where(VideoLibraryEntry.job_id == job_id)).first()


def count_video_event(session: Session, user: User, video_id: int, event: VideoEvent) -> VideoLibraryEntry:
    video = owned_video(session, user, video_id)
    if event == "view":
        video.views += 1
    elif event == "download":
        video.downloads += 1
    else:
        video.shares += 1
    session.add(video)
    session.commit()
    return video


def delete_video(session: Session, user: User, video_id: int) -> list[Path]:
    """Removes the video from the library with its files (and its scheduled posts); returns the files removed.
    The job stays in the history. Its out folder is removed too when nothing else is left in it."""
    video = owned_video(session, user, video_id)
    job = session.get(VideoJob, video.job_id)
    files = {video.video_path, video.thumbnail_path, video.srt_path, video.vtt_path}
    if job is not None:
        files |= set(job.artifacts.values())
        job.artifacts = {}
        session.add(job)
    session.exec(delete(ScheduledPost).where(col(ScheduledPost.video_id) == video.id))
    session.delete(video)
    session.commit()
    removed = [path for path in map(Path, sorted(f for f in files if f)) if _remove_file(path)]
    if job is not None and job.out_dir:
        _remove_if_empty(Path(job.out_dir))
    return removed


def _remove_file(path: Path) -> bool:
    if not path.is_file():
        return False
    path.unlink()
    return True


def _remove_if_empty(folder: Path) -> None:
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
