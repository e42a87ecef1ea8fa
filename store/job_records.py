"""What the pipeline records on a job while it runs: timings, render progress, validations, assets, notes."""

from datetime import datetime
from typing import Any

from sqlmodel import Session

from store.clock import utc_now
from store.models import VideoJob
from store.status import STATUS_PROGRESS

RENDER_PROGRESS_SPAN = STATUS_PROGRESS["completed"] - STATUS_PROGRESS["rendering"] - 1


def record_step_timing(session: Session, job: VideoJob, step: str, seconds: float) -> None:
    """Adds `seconds` to the step's total (a step that runs twice counts both runs)."""
    job.step_timings = {**job.step_timings, step: round(job.step_timings.get(step, 0.0) + seconds, 3)}
    _save(session, job)


def set_render_progress(
    session: Session, job: VideoJob, fraction: float, now: datetime | None = None
) -> None:
    """Render progress 0-1; while rendering it also moves the job's progress from 85 towards 99."""
    fraction = min(max(fraction, 0.0), 1.0)
    job.render_progress = fraction
    if job.status == "rendering":
        job.progress = max(job.progress, STATUS_PROGRESS["rendering"] + int(fraction * RENDER_PROGRESS_SPAN))
    _save(session, job, now)


def record_validation(session: Session, job: VideoJob, passed: bool) -> None:
    """Counts one validation of the composition and remembers whether the latest one passed."""
    job.validation_attempts += 1
    job.validation_passed = passed
    _save(session, job)


def record_asset_work(session: Session, job: VideoJob, kind: str, detail: dict[str, Any]) -> None:
    """Records that asset generation of `kind` (images, voice, ...) ran; reused assets record nothing."""
    job.asset_work = {**job.asset_work, kind: detail}
    _save(session, job)


def record_render_work(session: Session, job: VideoJob, detail: dict[str, Any]) -> None:
    """What the job's final render painted and what it copied from earlier versions (the latest render)."""
    job.render_work = detail
    _save(session, job)


def add_job_note(session: Session, job: VideoJob, note: str) -> None:
    """A note for the creator, e.g. a refinement the offline director could not make."""
    job.notes = [*job.notes, note]
    _save(session, job)


def record_agent_outcome(
    session: Session,
    job: VideoJob,
    *,
    model: str | None = None,
    stop_reason: str | None = None,
    fallback: str | None = None,
    generated_code: str | None = None,
) -> None:
    """The model that ran, why the agent stopped, which fallback (if any) was used, and the final TSX."""
    if model is not None:
        job.model = model
    if stop_reason is not None:
        job.stop_reason = stop_reason
    if fallback is not None:
        job.fallback = fallback
    if generated_code is not None:
        job.generated_code = generated_code
    _save(session, job)


def heartbeat(session: Session, job: VideoJob, now: datetime | None = None) -> None:
    """Tells other runners that this job's process is alive."""
    _save(session, job, now)


def _save(session: Session, job: VideoJob, now: datetime | None = None) -> None:
    job.updated_at = job.heartbeat_at = now or utc_now()
    session.add(job)
    session.commit()
