"""A runner's lease on its job: renewed in the background while the job runs, so that no other runner takes
over a job whose runner is only waiting (on a model answer, a render) and not gone."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def keep_lease(engine: Engine, job_id: int, worker_id: str, times: LeaseTimes) -> Iterator[None]:
    """Renews the lease every `times.renew_every` until the block ends. The renewals run in a thread with a
    session of their own: neither a long await nor a stretch of blocking work on the runner's event loop
    delays them."""
    stop = threading.Event()

    def renew() -> bool:
        try:
            with Session(engine) as session:
                return renew_lease(session, job_id, worker_id)
        except OperationalError:
            return True  # a busy database: the next beat tries again, well before the lease runs out

    def beat() -> None:
        while not stop.is_set() and renew():
            stop.wait(times.renew_every.total_seconds())

    threading.Thread(target=beat, name=f"lease of job {job_id}", daemon=True).start()
    try:
        yield
    finally:
        stop.set()
