"""Starting video jobs and reading them back: generate, iterate, progress and the recent-jobs list."""

import uuid
from datetime import datetime

from pydantic import BaseModel
from sqlmodel import Session, col, func, select

from domain.errors import UserError
from store.catalog_lookup import VideoSubject, resolve_subject
from store.models import User, VideoJob, VideoLibraryEntry, saved_id
from store.ownership import owned_job
from store.requests import VideoRequest
from store.version_labels import version_label

MAX_FEEDBACK = 1000


def generate(session: Session, user: User, request: VideoRequest) -> VideoJob:
    """A queued job for `request` about a store, course or product `user` owns: a new thread, version 1."""
    job = new_video_job(user, resolve_subject(session, user, request), request)
    session.add(job)
    session.commit()
    return job


def new_video_job(user: User, subject: VideoSubject, request: VideoRequest) -> VideoJob:
    """The unsaved first version of a new thread."""
    return VideoJob(
        owner_id=saved_id(user),
        store_id=saved_id(subject.store),
        course_id=subject.course.id if subject.course else None,
        product_id=subject.product.id if subject.product else None,
        prompt=request.prompt.strip(),
        style=request.style,
        duration_s=request.duration,
        aspect=request.aspect,
        voice=request.voice,
        voice_id=request.voice_id,
        thread_id=uuid.uuid4().hex,
        version=1,
        version_label=version_label(1, None),
    )


def iterate(session: Session, user: User, job_id: int, feedback: str) -> VideoJob:
    """A queued job that revises the completed job `job_id` as `feedback` asks: same thread, next version."""
    feedback = feedback.strip()
    if not feedback:
        raise UserError("feedback: say what to change, e.g. 'make the hook shorter'")
    if len(feedback) > MAX_FEEDBACK:
        raise UserError(f"feedback: must be at most {MAX_FEEDBACK} characters (got {len(feedback)})")
    parent = owned_job(session, user, job_id)
    if parent.status != "completed":
        raise UserError(f"job {job_id}: is {parent.status}; only a completed video can be iterated on")
    latest = session.exec(
        select(func.max(VideoJob.version)).where(VideoJob.thread_id == parent.thread_id)
    ).one()
    version = (latest or parent.version) + 1
    job = VideoJob(
        owner_id=parent.owner_id,
        store_id=parent.store_id,
        course_id=parent.course_id,
        product_id=parent.product_id,
        prompt=parent.prompt,
        style=parent.style,
        duration_s=parent.duration_s,
        aspect=parent.aspect,
        voice=parent.voice,
        voice_id=parent.voice_id,
        model=parent.model,
        parent_id=parent.id,
        thread_id=parent.thread_id,
        version=version,
        version_label=version_label(version, feedback),
        feedback=feedback,
    )
    session.add(job)
    session.commit()
    return job


def get_job(session: Session, user: User, job_id: int) -> VideoJob:
    return owned_job(session, user, job_id)


def get_recent_jobs(session: Session, user: User, limit: int = 20) -> list[VideoJob]:
    """The creator's newest jobs first, failed ones included."""
    query = (
        select(VideoJob)
        .where(VideoJob.owner_id == user.id)
        .order_by(col(VideoJob.created_at).desc(), col(VideoJob.id).desc())
        .limit(limit)
    )
    return list(session.exec(query).all())


def list_jobs(session: Session, user: User, status: str | None = None, limit: int = 100) -> list[VideoJob]:
    """The creator's newest jobs first, failed ones included; `status` keeps one status."""
    query = select(VideoJob).where(VideoJob.owner_id == user.id)
    if status is not None:
        query = query.where(VideoJob.status == status)
    query = query.order_by(col(VideoJob.created_at).desc(), col(VideoJob.id).desc()).limit(limit)
    return list(session.exec(query).all())


class JobProgress(BaseModel):
    job_id: int
    status: str
    progress: int
    render_progress: float | None
    error: str | None
    retry_count: int
    step_timings: dict[str, float]
    version: int
    version_label: str
    video_id: int | None
    updated_at: datetime


def get_progress(session: Session, user: User, job_id: int) -> JobProgress:
    job = owned_job(session, user, job_id)
    video_id = session.exec(select(VideoLibraryEntry.id).where(VideoLibraryEntry.job_id == job.id)).first()
    return JobProgress(
        job_id=saved_id(job),
        status=job.status,
        progress=job.progress,
        render_progress=job.render_progress,
        error=job.error,
        retry_count=job.retry_count,
        step_timings=job.step_timings,
        version=job.version,
        version_label=job.version_label,
        video_id=video_id,
        updated_at=job.updated_at,
    )
