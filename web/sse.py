"""Live job events for many watchers at once: one database poll per watched job, shared by every stream that
follows it (200 streams on one job cost what one does), instead of one poll per stream.

A job whose row has ended but whose last event does not say so (its runner stopped between the two
writes) is ended for its followers after `final_grace_s` with the event its row implies: no stream waits
forever."""

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from domain.events import JobEvent, JobEventData
from service.status import unrecorded_end
from store.clock import utc_now
from store.db import session_scope
from store.events import job_events

FINAL_GRACE_S = 15.0
# While no event comes, the job's row is read on every 4th poll (every 2 s at the default poll).
QUIET_POLLS_PER_ROW_CHECK = 4


@dataclass
class JobFeed:
    """The events of one job seen so far, and a signal that is set (and replaced) when more arrive."""

    events: list[JobEvent] = field(default_factory=list)
    more: asyncio.Event = field(default_factory=asyncio.Event)
    watchers: int = 0
    poller: asyncio.Task[None] | None = None

    @property
    def ended(self) -> bool:
        return bool(self.events) and self.events[-1].final


class EventHub:
    def __init__(self, poll_s: float, final_grace_s: float = FINAL_GRACE_S) -> None:
        self.poll_s = poll_s
        self.final_grace_s = final_grace_s
        self._feeds: dict[int, JobFeed] = {}

    async def follow(self, job_id: int, after_seq: int = 0) -> AsyncIterator[JobEvent]:
        """Every event of the job after `after_seq`, then new ones as they are recorded, until the job ends
        (the caller has checked who owns the job)."""
        feed = self._feeds.get(job_id)
        if feed is None:
            feed = self._feeds[job_id] = JobFeed()
            feed.poller = asyncio.create_task(self._poll(job_id, feed), name=f"events of job {job_id}")
        feed.watchers += 1
        try:
            seen = 0
            while True:
                more = feed.more
                for event in feed.events[seen:]:
                    seen += 1
                    if event.seq > after_seq:
                        yield event
                    # A retried job goes on after its old `failed`: only the latest event can end the stream.
                    if event.final and seen == len(feed.events) and event.seq >= after_seq:
                        return
                if feed.poller is not None and feed.poller.done() and seen == len(feed.events):
                    feed.poller.result()  # a failed poll ends the stream with its error
                await more.wait()
        finally:
            feed.watchers -= 1
            if feed.watchers == 0 and self._feeds.get(job_id) is feed:
                del self._feeds[job_id]
                if feed.poller is not None:
                    feed.poller.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await feed.poller

    async def _poll(self, job_id: int, feed: JobFeed) -> None:
        ended_quietly_at: float | None = None
        quiet_polls = 0
        while not feed.ended:
            after = feed.events[-1].seq if feed.events else 0
            # A job that just went quiet is most likely between two steps: its row is read now and then.
            new = await asyncio.to_thread(_read, job_id, after)
            quiet_polls = 0 if new else quiet_polls + 1
            check_row = quiet_polls > 0 and quiet_polls % QUIET_POLLS_PER_ROW_CHECK == 0
            ending = await asyncio.to_thread(_row_end, job_id) if check_row else None
            if new:
                ended_quietly_at = None
                self._publish(feed, new)
            elif ending is not None:
                ended_quietly_at = ended_quietly_at or time.monotonic()
                if time.monotonic() - ended_quietly_at >= self.final_grace_s:
                    self._publish(
                        feed, [JobEvent(job_id=job_id, seq=after, at=utc_now().isoformat(), data=ending)]
                    )
            if not feed.ended:
                await asyncio.sleep(self.poll_s)

    @staticmethod
    def _publish(feed: JobFeed, events: list[JobEvent]) -> None:
        feed.events.extend(events)
        feed.more.set()
        feed.more = asyncio.Event()


def _read(job_id: int, after_seq: int) -> list[JobEvent]:
    """The job's events after `after_seq`."""
    with session_scope() as session:
        return job_events(session, job_id, after_seq)


def _row_end(job_id: int) -> JobEventData | None:
    """The end the job's row implies, if it has ended."""
    with session_scope() as session:
        return unrecorded_end(session, job_id)
