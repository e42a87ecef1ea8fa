"""A job's events, for any process: what already happened, and following them live until the job ends."""

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

from sqlmodel import Session

from domain.events import JobEvent
from store.db import session_scope
from store.events import job_events
from store.models import User
from store.ownership import owned_job

POLL_SECONDS = 0.5


def events_of(session: Session, user: User, job_id: int, after_seq: int = 0) -> list[JobEvent]:
    """The events of `user`'s job `job_id` after `after_seq`, oldest first."""
    owned_job(session, user, job_id)
    return job_events(session, job_id, after_seq)


def follow(
    user_id: int, job_id: int, *, poll_s: float = POLL_SECONDS, timeout_s: float | None = None
) -> Iterator[JobEvent]:
    """Every event of the job, past ones first, then new ones as another process records them; ends after
    `completed` or `failed` (or after `timeout_s` without one)."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    last = 0
    while True:
        for event in _read(user_id, job_id, last):
            last = event.seq
            yield event
            if event.final:
                return
        if deadline is not None and time.monotonic() > deadline:
            return
        time.sleep(poll_s)


async def follow_async(
    user_id: int, job_id: int, *, after_seq: int = 0, poll_s: float = POLL_SECONDS
) -> AsyncIterator[JobEvent]:
    """`follow` for an event loop (the web app's stream): never blocks the loop while it waits."""
    last = after_seq
    while True:
        for event in await asyncio.to_thread(_read, user_id, job_id, last):
            last = event.seq
            yield event
            if event.final:
                return
        await asyncio.sleep(poll_s)


def _read(user_id: int, job_id: int, after_seq: int) -> list[JobEvent]:
    with session_scope() as session:
        user = session.get_one(User, user_id)
        return events_of(session, user, job_id, after_seq)
