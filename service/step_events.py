"""The status events of recently read jobs, kept in memory and topped up with only the events added since:
a polled status reads an empty range of the event index instead of parsing the job's whole history again.

Events are only ever appended (in `seq` order), and a job's id with its creation time names one job even
where a database reuses the id of a deleted one, so what is kept is never stale."""

from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime
from threading import Lock

from sqlmodel import Session

from domain.events import EventType, JobEvent
from service.job_fields import JobFields
from store.events import job_events

CAPACITY = 1024


class StepEventCache:
    def __init__(self, types: Sequence[EventType], capacity: int = CAPACITY) -> None:
        self.types = tuple(types)
        self.capacity = capacity
        # Per job: its events of the cache's types, and the seq up to which every event has been read.
        self._jobs: OrderedDict[tuple[int, datetime], tuple[tuple[JobEvent, ...], int]] = OrderedDict()
        self._lock = Lock()
        self.reads = 0

    def __len__(self) -> int:
        return len(self._jobs)

    def events(
        self, session: Session, job: JobFields, last_event_seq: int | None = None
    ) -> tuple[JobEvent, ...]:
        """The job's events of the cache's types, oldest first, as the database has them now.

        `last_event_seq`, the seq of the job's newest event when its row was read, spares the read when the
        cache has every event up to it."""
        if job.id is None:
            return ()
        key = (job.id, job.created_at)
        with self._lock:
            known, read_to = self._jobs.get(key, ((), 0))
        if last_event_seq is not None and last_event_seq <= read_to:
            events = known
        else:
            self.reads += 1
            added = job_events(session, key[0], after_seq=read_to, types=self.types)
            events = (*known, *added) if added else known
            read_to = max(read_to, last_event_seq or 0, added[-1].seq if added else 0)
        with self._lock:
            self._jobs[key] = (events, read_to)
            self._jobs.move_to_end(key)
            while len(self._jobs) > self.capacity:
                self._jobs.popitem(last=False)
        return events
