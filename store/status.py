"""Moving a job along the pipeline: forward only, or to failed or cancelled, or from there back to queued on
retry. Every move is also a `status` event on the job."""

from datetime import datetime

from sqlmodel import Session

from domain.errors import UserError
from domain.events import StatusChanged
from domain.vocab import JOB_STATUSES, MAX_RETRIES, PIPELINE_RANK, RUNNING_STATUSES, JobStatus
from store.clock import utc_now
from store.events import append_event
from store.models import VideoJob

STATUS_PROGRESS: dict[JobStatus, int] = {
    "queued": 0,
    "gathering_context": 10,
    "generating_script": 25,
    "generating_assets": 40,
    "generating_voice": 55,
    "generating_code": 70,
    "rendering": 85,
    "completed": 100,
}


class StatusMoveRefused(UserError):
    """A status change that would move a job backwards, out of a finished state, or past its retries."""


def check_status_move(job: VideoJob, new: str) -> JobStatus:
    """The new status if the job may take it, else StatusMoveRefused naming the move."""
    if new not in JOB_STATUSES:
        raise StatusMoveRefused(f"status: '{new}' is not a job status; use one of {', '.join(JOB_STATUSES)}")
    target: JobStatus = new  # type: ignore[assignment]
    old = job.status
    refused = StatusMoveRefused(f"job {job.id}: status cannot move from {old} to {target}")
    if old == "completed":
        raise refused
    if old == "cancelled":
        if target != "queued":
            raise refused
        return target
    if target == "cancelled":
        return target
    if old == "failed":
        if target != "queued":
            raise refused
        if job.retry_count >= MAX_RETRIES:
            raise StatusMoveRefused(f"job {job.id}: failed {job.retry_count} times; no retries left")
        return target
    if target == "failed":
        return target
    if PIPELINE_RANK[target] < PIPELINE_RANK[old]:  # type: ignore[index]
        raise refused
    return target


def update_job_status(
    session: Session,
    job: VideoJob,
    status: str,
    progress: int | None = None,
    error: str | None = None,
    now: datetime | None = None,
) -> VideoJob:
    """Moves `job` to `status` and commits. Progress (0-100) defaults to the step's share and never goes down,
    except when a retry sends the job back to queued. Failing stores `error` and counts a retry."""
    target = check_status_move(job, status)
    if progress is not None and not 0 <= progress <= 100:
        raise UserError(f"progress: must be from 0 to 100 (got {progress})")
    now = now or utc_now()
    if target == "queued":
        _reset_for_retry(job)
    elif target == "failed":
        job.error = error or "failed without a message"
        job.retry_count += 1
        job.finished_at = now
    elif target == "cancelled":
        job.error = error or "cancelled"
        job.finished_at = now
    else:
        job.progress = max(job.progress, STATUS_PROGRESS[target], progress or 0)
        if target in RUNNING_STATUSES and job.started_at is None:
            job.started_at = now
        if target == "completed":
            job.finished_at = now
            job.render_progress = 1.0
    job.status = target
    job.updated_at = now
    job.heartbeat_at = now
    session.add(job)
    session.commit()
    append_event(session, job, StatusChanged(status=target, progress=job.progress))
    return job


def _reset_for_retry(job: VideoJob) -> None:
    if job.error is not None:
        job.notes = [*job.notes, f"attempt {job.retry_count} failed: {job.error}"]
        job.error = None
    job.claimed_by = None
    job.progress = 0
    job.render_progress = None
    job.started_at = None
    job.finished_at = None
