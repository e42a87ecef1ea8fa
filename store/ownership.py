"""Lookups that only return what the creator owns; another creator's id fails exactly like an unknown id."""

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from domain.errors import NotFound
from store.models import User, VideoJob, VideoLibraryEntry

# Built once: the most polled routes run them.
_OWNED_JOB = select(VideoJob).where(
    VideoJob.id == bindparam("job_id"), VideoJob.owner_id == bindparam("owner_id")
)
_OWNED_JOBS = select(VideoJob).where(
    col(VideoJob.id).in_(bindparam("job_ids", expanding=True)), VideoJob.owner_id == bindparam("owner_id")
)


def owned_job(session: Session, user: User, job_id: int) -> VideoJob:
    job = session.exec(_OWNED_JOB, params={"job_id": job_id, "owner_id": user.id}).first()
    if job is None:
        raise NotFound(f"job {job_id}: no such job among your videos; check the id (ppr-video library)")
    return job


def owned_jobs(session: Session, user: User, job_ids: list[int]) -> list[VideoJob]:
    """Those of `job_ids` that `user` owns, in no particular order."""
    if not job_ids:
        return []
    return list(session.exec(_OWNED_JOBS, params={"job_ids": job_ids, "owner_id": user.id}).all())


def owned_video(session: Session, user: User, video_id: int) -> VideoLibraryEntry:
    video = session.exec(
        select(VideoLibraryEntry).where(
            VideoLibraryEntry.id == video_id, VideoLibraryEntry.owner_id == user.id
        )
    ).first()
    if video is None:
        raise NotFound(f"video {video_id}: no such video in your library; check the id (ppr-video library)")
    return video
