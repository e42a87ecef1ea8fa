"""In-process job workers for a long-running server: N runners that share one warm set of services."""

import asyncio
from dataclasses import dataclass, field

from agent.deps import RunSettings
from agent.lease import LeaseTimes
from agent.models import ModelChoice
from agent.runner import JobRunner
from agent.runner_ids import runner_id
from service.gone_runners import free_jobs_of_gone_runners
from store.db import session_scope
from video.services import Services

POLL_SECONDS = 0.5


@dataclass(frozen=True)
class WorkerSettings:
    """How the server's workers run jobs: how many at once, with which model and render settings, how
    often they look for work, and their lease on the jobs they run."""

    count: int = 1
    model: str | ModelChoice | None = None
    run: RunSettings = field(default_factory=RunSettings)
    poll_s: float = POLL_SECONDS
    lease: LeaseTimes = field(default_factory=LeaseTimes)


async def serve_jobs(settings: WorkerSettings) -> None:
    """Runs queued jobs until cancelled: queued ones, failed ones with retries left, and jobs a stopped
    server or crashed runner left mid-pipeline. Each worker keeps its jobs' leases alive while it waits."""
    free_jobs_of_gone_runners()
    async with Services.start() as services:
        await asyncio.gather(*(_work(services, settings, n) for n in range(1, settings.count + 1)))


async def _work(services: Services, settings: WorkerSettings, number: int) -> None:
    model = settings.model
    runner = JobRunner(
        services,
        model_spec=model if isinstance(model, str) else None,
        model=model if isinstance(model, ModelChoice) else None,
        settings=settings.run,
        worker_id=runner_id(number),
        lease=settings.lease,
    )
    with session_scope() as session:
        while True:
            await runner.run_queue(session)
            await asyncio.sleep(settings.poll_s)
