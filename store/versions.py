"""The versions of one thread: every job that revised the same original video, with its file if it has one."""

from datetime import datetime

from pydantic import BaseModel
from sqlmodel import Session, col, select

from domain.errors import NotFound
from store.models import User, VideoJob, VideoLibraryEntry, saved_id
from store.ownership import owned_job


class ThreadVersion(BaseModel):
    job_id: int
    thread_id: str
    version: int
    label: str
    status: str
    parent_id: int | None
    feedback: str | None
    created_at: datetime
    video_id: int | None
    video_path: str | None
    thumbnail_path: str | None


def get_thread_versions(session: Session, user: User, job_or_thread: int | str) -> list[ThreadVersion]:
    """All versions of the thread that a job id (number) or a thread id (hex) names, oldest first."""
    thread_id = _thread_of(session, user, job_or_thread)
    rows = session.exec(
        select(VideoJob, VideoLibraryEntry)
        .join(VideoLibraryEntry, col(VideoLibraryEntry.job_id) == VideoJob.id, isouter=True)
        .where(VideoJob.thread_id == thread_id, VideoJob.owner_id == user.id)
        .order_by(col(VideoJob.version), col(VideoJob.id))
    ).all()
    return [
        ThreadVersion(
            job_id=saved_id(job),
            thread_id=job.thread_id,
            version=job.version,
            label=job.version_label,
            status=job.status,
            parent_id=job.parent_id,
            feedback=job.feedback,
            created_at=job.created_at,
            video_id=video.id if video else None,
            video_path=video.video_path if video else None,
            thumbnail_path=video.thumbnail_path if video else None,
        )
        for job, video in rows
    ]


def _thread_of(session: Session, user: User, job_or_thread: int | str) -> str:
    if isinstance(job_or_thread, int) or job_or_thread.isdigit():
        return owned_job(session, user, int(job_or_thread)).thread_id
    owns_thread = session.exec(
        select(VideoJob.id).where(VideoJob.thread_id == job_or_thread, VideoJob.owner_id == user.id)
    ).first()
    if owns_thread is None:
        raise NotFound(f"thread {job_or_thread}: no such thread among your videos; check the id")
    return job_or_thread
