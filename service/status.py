"""A job as the Studio and scripts see it: status, progress, each step with its detail and time, its place in
the thread, and its published files."""

from collections.abc import Sequence
from datetime import datetime

from pydantic import BaseModel
from sqlmodel import Session

from domain.events import Completed, EventType, Failed, JobEvent, JobEventData, StepFinished, StepStarted
from domain.vocab import MAX_RETRIES
from service.job_fields import JobFields
from service.job_files import published_names
from service.last_built import LastBuilt
from service.step_events import StepEventCache
from store.events import events_of_jobs
from store.job_rows import JobStatusRow, owned_job_status
from store.library import library_entry_of_job
from store.models import User, VideoJob, saved_id


class StepReport(BaseModel):
    name: str
    detail: str
    seconds: float | None
    ok: bool | None


class VideoStatus(BaseModel):
    job_id: int
    status: str
    progress: int
    render_progress: float | None
    steps: list[StepReport]
    version: int
    version_label: str
    parent_job_id: int | None
    error: str | None
    created_at: datetime
    files: list[str]


STEP_EVENTS: tuple[EventType, ...] = ("status", "step_started", "step_finished")
_step_events = StepEventCache(STEP_EVENTS)


class StatusMemo:
    """The status last built for each job, returned again while the job's status row, its step events and its
    published files are as they were: a poll that finds nothing new builds nothing. Callers only read it."""

    def __init__(self) -> None:
        self._statuses: LastBuilt[VideoStatus] = LastBuilt()

    @property
    def builds(self) -> int:
        return self._statuses.builds

    def status(self, job: JobStatusRow, events: Sequence[JobEvent]) -> VideoStatus:
        files = published_names(job.id, job.status)
        source = (job, len(events), events[-1].seq if events else 0, *files)
        return self._statuses.get(job.id, source, lambda: status_of(job, events, files))


_statuses = StatusMemo()


def video_status(session: Session, user: User, job_id: int) -> VideoStatus:
    job = owned_job_status(session, user, job_id)
    return _statuses.status(job, _step_events.events(session, job, job.last_event_seq))


def statuses_of(session: Session, jobs: list[VideoJob]) -> list[VideoStatus]:
    """The status of each of `jobs` (the caller's own), their events read in one query."""
    events = events_of_jobs(session, [saved_id(job) for job in jobs], STEP_EVENTS)
    return [status_of(job, events[saved_id(job)]) for job in jobs]


def status_of(job: JobFields, events: Sequence[JobEvent], files: list[str] | None = None) -> VideoStatus:
    """`files`, the job's published names, when the caller has them."""
    if job.id is None:
        raise ValueError("a job has no status before it is saved")
    return VideoStatus(
        job_id=job.id,
        status=job.status,
        progress=job.progress,
        render_progress=job.render_progress,
        steps=steps_of(events),
        version=job.version,
        version_label=job.version_label,
        parent_job_id=job.parent_id,
        error=job.error,
        created_at=job.created_at,
        files=published_names(job.id, job.status) if files is None else files,
    )


def steps_of(events: Sequence[JobEvent]) -> list[StepReport]:
    """Each step of the latest attempt, in the order it started; a step still running has no seconds."""
    steps: list[StepReport] = []
    for event in events:
        data = event.data
        if isinstance(data, StepStarted):
            steps.append(StepReport(name=data.step, detail=data.detail, seconds=None, ok=None))
        elif isinstance(data, StepFinished):
            running = next((s for s in reversed(steps) if s.name == data.step and s.seconds is None), None)
            if running is not None:
                running.detail, running.seconds, running.ok = data.detail, data.seconds, data.ok
        elif data.type == "status" and data.status == "queued":
            steps = []
    return steps


def unrecorded_end(session: Session, job_id: int) -> JobEventData | None:
    """The event that would end a job its row says has ended (completed, cancelled, or failed with no retry
    left), built from the row: for followers of a job whose runner stopped before recording that event.
    None while the job may still go on."""
    job = session.get(VideoJob, job_id)
    if job is None:
        return None
    if job.status == "completed":
        entry = library_entry_of_job(session, job_id)
        return None if entry is None else Completed(video_id=entry.id, files=dict(job.artifacts))
    if job.status == "cancelled" or (job.status == "failed" and job.retry_count >= MAX_RETRIES):
        return Failed(error=job.error or job.status)
    return None
