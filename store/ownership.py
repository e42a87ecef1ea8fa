"""Lookups that only return what the creator owns; another creator's id fails exactly like an unknown id."""

from sqlalchemy import bindparam
from sqlmodel import Session, select

from domain.errors import NotFound
from store.models import User, VideoJob, VideoLibraryEntry

# Built once: the most polled routes run it.
_OWNED_JOB = select(VideoJob).where(
    VideoJob.id == bindparam("job_id"), VideoJob.owner_id == bindparam("owner_id")
)


def owned_job(session: Session, user: User, job_id: int) -> VideoJob:
    job = session.exec(_OWNED_JOB, params={"job_id": job_id, "owner_id": user.id}).first()
    if job is None:
        raise no_such_job(job_id)
    return job


def no_such_job(job_id: int) -> NotFound:
    return NotFound(f"job {job_id}: no such job among your videos; check the id (ppr-video library)")


def owned_video(session: Session, user: User, video_id: int) -> VideoLibraryEntry:
    video = session.exec(
        select(VideoLibraryEntry).where(
            VideoLibraryEntry.id == video_id, VideoLibraryEntry.owner_id == user.id
        )
    ).first()
    if video is None:
        raise NotFound(f"video {video_id}: no such video in your library; check the id (ppr-video library)")
    return video
