"""Starting, running, cancelling and retrying video jobs: what every interface calls."""

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from agent.deps import RunSettings
from agent.progress import Listener
from agent.runner import JobRunner
from domain.errors import UserError
from domain.events import Failed
from domain.vocab import FINISHED_STATUSES, RUNNING_STATUSES
from service.gone_runners import free_jobs_of_gone_runners
from service.options import JobOptions, apply_options
from store.brief.model import Brief
from store.brief.upsert import upsert_brief
from store.db import session_scope
from store.events import append_event
from store.jobs import generate, iterate
from store.models import User, VideoJob, VideoLibraryEntry
from store.ownership import owned_job
from store.requests import VideoRequest
from store.status import update_job_status
from video.services import Services

POLL_SECONDS = 5.0
DEFAULT_OPTIONS = JobOptions()
DEFAULT_SETTINGS = RunSettings()


@dataclass
class VideoResult:
    """A job after its run: the job row, its library entry when it finished, and the model's last words."""

    job: VideoJob
    entry: VideoLibraryEntry | None
    summary: str | None = None


def generate_video(
    session: Session, user: User, request: VideoRequest, options: JobOptions = DEFAULT_OPTIONS
) -> VideoJob:
    """Queues a new video (version 1 of a new thread) about `user`'s store, course or product."""
    job = generate(session, user, request)
    apply_options(session, job, options)
    return job


def generate_from_brief(
    session: Session, user: User, brief: Brief, options: JobOptions = DEFAULT_OPTIONS
) -> VideoJob:
    """Upserts the brief's catalog data for `user` and queues its video."""
    job = upsert_brief(session, user, brief)
    apply_options(session, job, options)
    return job


def iterate_video(
    session: Session, user: User, job_id: int, feedback: str, options: JobOptions = DEFAULT_OPTIONS
) -> VideoJob:
    """Queues the next version of the thread of `job_id`, revised as `feedback` asks. It keeps the parent's
    render settings and model unless `options` says otherwise."""
    job = iterate(session, user, job_id, feedback)
    apply_options(session, job, options, parent=owned_job(session, user, job_id))
    return job


def cancel_job(session: Session, user: User, job_id: int) -> VideoJob:
    """Stops a queued or running job; its runner stops at its next step."""
    job = owned_job(session, user, job_id)
    if job.status in FINISHED_STATUSES and job.status != "failed":
        raise UserError(
            f"job {job_id}: is {job.status}; only a queued, running or failed job can be cancelled"
        )
    runner_will_report = job.status in RUNNING_STATUSES
    job = update_job_status(session, job, "cancelled", error="cancelled by the creator")
    if not runner_will_report:
        # No runner holds a queued or failed job: its followers learn here that it has ended.
        append_event(session, job, Failed(error="cancelled by the creator"))
    return job


def retry_job(session: Session, user: User, job_id: int, *, template: bool = False) -> VideoJob:
    """Queues a failed or cancelled job again, with a fresh count of attempts; with `template`, its next run
    renders the template fallback without the agent."""
    job = owned_job(session, user, job_id)
    if job.status not in ("failed", "cancelled"):
        raise UserError(f"job {job_id}: is {job.status}; only a failed or cancelled job can be retried")
    job.retry_count = 0
    job.template_only = template or job.template_only
    return update_job_status(session, job, "queued")


async def run_job(
    job_id: int,
    *,
    settings: RunSettings = DEFAULT_SETTINGS,
    out: Path | None = None,
    listeners: Sequence[Listener] = (),
) -> VideoResult:
    """Runs the queued job `job_id` in this process (retries included) with services of its own; `out`
    receives copies of its files."""
    with session_scope() as session:
        job = session.get(VideoJob, job_id)
        if job is None:
            raise UserError(f"job {job_id}: no such job")
        if job.status == "cancelled":
            raise UserError(f"job {job_id}: was cancelled; run it again with `ppr-video retry {job_id}`")
        user = session.get_one(User, job.owner_id)
        async with Services.start() as services:
            runner = JobRunner(services, settings=settings, out_dir=out, listeners=listeners)
            outcome = await runner.run_with_retries(session, user, job)
        session.refresh(outcome.job)
        session.expunge_all()
        return VideoResult(outcome.job, outcome.entry, outcome.summary)


async def run_worker(
    *,
    model: str | None = None,
    once: bool = False,
    poll_s: float = POLL_SECONDS,
    on_result: Callable[[VideoResult], None] | None = None,
) -> list[VideoResult]:
    """Runs queued jobs with one warm set of services: queued ones, failed ones with retries left, and jobs a
    crashed runner left mid-pipeline. With `once`, stops when none is waiting and returns what it ran."""
    results: list[VideoResult] = []
    free_jobs_of_gone_runners()
    with session_scope() as session:
        async with Services.start() as services:
            runner = JobRunner(services, model_spec=model)
            while True:
                for outcome in await runner.run_queue(session):
                    result = VideoResult(outcome.job, outcome.entry, outcome.summary)
                    results.append(result)
                    if on_result is not None:
                        on_result(result)
                if once:
                    return results
                await asyncio.sleep(poll_s)
