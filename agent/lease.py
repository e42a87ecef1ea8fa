"""A runner's lease on its job: renewed in the background while the job runs, so that no other runner takes
over a job whose runner is only waiting (on a model answer, a render) and not gone."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from store.job_queue import STALE_AFTER, renew_lease


@dataclass(frozen=True)
class LeaseTimes:
    """A job counts as abandoned `stale_after` its last heartbeat; its runner renews every `renew_every`."""

    stale_after: timedelta = STALE_AFTER
    renew_every: timedelta = STALE_AFTER / 6


@asynccontextmanager
async def keep_lease(engine: Engine, job_id: int, worker_id: str, times: LeaseTimes) -> AsyncIterator[None]:
    """Renews the lease every `times.renew_every` until the block ends (in a thread of its own, with a
    session of its own, so neither the runner's session nor the event loop waits on it)."""

    def renew() -> bool:
        try:
            with Session(engine) as session:
                return renew_lease(session, job_id, worker_id)
        except OperationalError:
            return True  # a busy database: the next beat tries again, well before the lease runs out

    async def beat() -> None:
        while True:
            if not await asyncio.to_thread(renew):
                return
            await asyncio.sleep(times.renew_every.total_seconds())

    task = asyncio.create_task(beat(), name=f"lease of job {job_id}")
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
