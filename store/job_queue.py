"""How runners share jobs: claiming queued ones, retrying failed ones, recovering the ones a crash left.

Every hand-over is a conditional UPDATE, so two runners starting at once never take or count a job twice."""

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, update
from sqlmodel import Session, col, select

from domain.vocab import MAX_RETRIES, RUNNING_STATUSES
from store.clock import utc_now
from store.models import VideoJob
from store.status import update_job_status

STALE_AFTER = timedelta(seconds=60)
RETRY_DELAY = timedelta(seconds=5)


def find_interrupted_jobs(
    session: Session, now: datetime | None = None, stale_after: timedelta = STALE_AFTER
) -> list[VideoJob]:
    """Jobs mid-pipeline whose runner has not been heard from for `stale_after` (its process is gone)."""
    query = select(VideoJob).where(_interrupted((now or utc_now()) - stale_after))
    return list(session.exec(query.order_by(col(VideoJob.id))).all())


def claim_job(
    session: Session,
    job: VideoJob,
    worker_id: str,
    now: datetime | None = None,
    stale_after: timedelta = STALE_AFTER,
) -> bool:
    """Makes `worker_id` the runner of a queued job, unless another live runner claimed it first."""
    now = now or utc_now()
    return _take(session, job, worker_id, now, _claimable(now - stale_after))


def claim_next_job(
    session: Session,
    worker_id: str,
    now: datetime | None = None,
    stale_after: timedelta = STALE_AFTER,
    retry_delay: timedelta = RETRY_DELAY,
) -> VideoJob | None:
    """The oldest job this runner should run next, claimed for it: queued jobs, failed jobs with retries left
    (after `retry_delay`), and jobs a crashed runner left mid-pipeline (counted as a failed attempt)."""
    now = now or utc_now()
    interrupted = _interrupted(now - stale_after)
    for job in session.exec(select(VideoJob).where(interrupted)).all():
        if _take(session, job, worker_id, now, interrupted):
            error = f"interrupted: its runner stopped during {job.status}"
            update_job_status(session, job, "failed", error=error, now=now)
            if job.retry_count < MAX_RETRIES:
                update_job_status(session, job, "queued", now=now)
    due = _due_for_retry(now - retry_delay)
    for job in session.exec(select(VideoJob).where(due)).all():
        if _take(session, job, worker_id, now, due):
            update_job_status(session, job, "queued", now=now)
    oldest_first = (col(VideoJob.created_at), col(VideoJob.id))
    for job in session.exec(
        select(VideoJob).where(_claimable(now - stale_after)).order_by(*oldest_first)
    ).all():
        if claim_job(session, job, worker_id, now, stale_after):
            return job
    return None


def release_claims_of_gone_runners(session: Session, gone: Callable[[str], bool]) -> list[int]:
    """Frees the jobs whose runner `gone` says has ended (its process no longer exists) without waiting out
    their lease: a queued one can be claimed at once, one mid-pipeline counts as interrupted at once. Returns
    their ids."""
    held = session.exec(
        select(VideoJob).where(
            col(VideoJob.claimed_by).is_not(None), col(VideoJob.status).in_(("queued", *RUNNING_STATUSES))
        )
    ).all()
    released = []
    for job in held:
        runner = job.claimed_by
        if runner is None or not gone(runner):
            continue
        freed = session.exec(
            update(VideoJob)
            .where(col(VideoJob.id) == job.id, col(VideoJob.claimed_by) == runner)
            .values(claimed_by=None, heartbeat_at=None)
        )
        if freed.rowcount == 1:
            released.append(job.id or 0)
    session.commit()
    return released


def renew_lease(session: Session, job_id: int, worker_id: str, now: datetime | None = None) -> bool:
    """Tells other runners that `worker_id` is still running job `job_id`; False when the job is no longer
    its to run (finished, cancelled, or taken over)."""
    now = now or utc_now()
    renewed = session.exec(
        update(VideoJob)
        .where(
            col(VideoJob.id) == job_id,
            col(VideoJob.claimed_by) == worker_id,
            col(VideoJob.status).in_(("queued", *RUNNING_STATUSES)),
        )
        .values(heartbeat_at=now)
    )
    session.commit()
    return renewed.rowcount == 1


def _take(session: Session, job: VideoJob, worker_id: str, now: datetime, still: ColumnElement[bool]) -> bool:
    taken = session.exec(
        update(VideoJob)
        .where(col(VideoJob.id) == job.id, still)
        .values(claimed_by=worker_id, heartbeat_at=now, updated_at=now)
    )
    session.commit()
    session.refresh(job)
    return taken.rowcount == 1


def _claimable(stale_cutoff: datetime) -> ColumnElement[bool]:
    return and_(
        col(VideoJob.status) == "queued",
        or_(col(VideoJob.claimed_by).is_(None), col(VideoJob.heartbeat_at) < stale_cutoff),
    )


def _interrupted(stale_cutoff: datetime) -> ColumnElement[bool]:
    return and_(
        col(VideoJob.status).in_(RUNNING_STATUSES),
        or_(col(VideoJob.heartbeat_at).is_(None), col(VideoJob.heartbeat_at) < stale_cutoff),
    )


def _due_for_retry(failed_before: datetime) -> ColumnElement[bool]:
    return and_(
        col(VideoJob.status) == "failed",
        col(VideoJob.retry_count) < MAX_RETRIES,
        col(VideoJob.updated_at) <= failed_before,
    )
