"""Lookups that only return what the creator owns; another creator's id fails exactly like an unknown id."""

from sqlmodel import Session, col, select

from domain.errors import NotFound
from store.models import User, VideoJob, VideoLibraryEntry


def owned_job(session: Session, user: User, job_id: int) -> VideoJob:
    job = session.exec(select(VideoJob).where(VideoJob.id == job_id, VideoJob.owner_id == user.id)).first()
    if job is None:
        raise NotFound(f"job {job_id}: no such job among your videos; check the id (ppr-video library)")
    return job


def owned_jobs(session: Session, user: User, job_ids: list[int]) -> list[VideoJob]:
    """Those of `job_ids` that `user` owns, in no particular order."""
    if not job_ids:
        return []
    query = select(VideoJob).where(col(VideoJob.id).in_(job_ids), VideoJob.owner_id == user.id)
    return list(session.exec(query).all())


def owned_video(session: Session, user: User, video_id: int) -> VideoLibraryEntry:
    video = session.exec(
        select(VideoLibraryEntry).where(
            VideoLibraryEntry.id == video_id, VideoLibraryEntry.owner_id == user.id
        )
    ).first()
    if video is None:
        raise NotFound(f"video {video_id}: no such video in your library; check the id (ppr-video library)")
    return video
