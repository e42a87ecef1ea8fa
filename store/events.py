"""Appending a job's events and reading them back in order, from any process."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy
from sqlalchemy import bindparam
from sqlmodel import Session, func, select

from domain.events import JOB_EVENT, EventType, JobEvent, JobEventData
from store.models import JobEventRecord, VideoJob, saved_id


def append_event(session: Session, job: VideoJob, data: JobEventData) -> JobEvent:
    """Adds `data` after the job's last event and commits."""
    job_id = saved_id(job)
    last = session.exec(select(func.max(JobEventRecord.seq)).where(JobEventRecord.job_id == job_id)).one()
    record = JobEventRecord(
        job_id=job_id, seq=(last or 0) + 1, type=data.type, data=data.model_dump(mode="json")
    )
    session.add(record)
    session.commit()
    return JobEvent(job_id=job_id, seq=record.seq, at=record.created_at.isoformat(), data=data)


# The reads are Core statements built once, returning plain rows: the status routes read a job's events on
# every poll, and building the statement and an ORM object per event cost several times the query.
_EVENTS = JobEventRecord.__table__.c  # type: ignore[attr-defined]
_EVENT_COLUMNS = sqlalchemy.select(
    _EVENTS.job_id, _EVENTS.seq, _EVENTS.type, _EVENTS.data, _EVENTS.created_at
)
_EVENTS_AFTER = _EVENT_COLUMNS.where(
    _EVENTS.job_id == bindparam("job_id"), _EVENTS.seq > bindparam("after_seq")
).order_by(_EVENTS.seq)
_EVENTS_AFTER_OF_TYPES = _EVENTS_AFTER.where(_EVENTS.type.in_(bindparam("types", expanding=True)))
_EVENTS_OF_JOBS = _EVENT_COLUMNS.where(
    _EVENTS.job_id.in_(bindparam("job_ids", expanding=True)),
    _EVENTS.type.in_(bindparam("types", expanding=True)),
).order_by(_EVENTS.job_id, _EVENTS.seq)


def job_events(
    session: Session, job_id: int, after_seq: int = 0, types: Sequence[EventType] | None = None
) -> list[JobEvent]:
    """The job's events after `after_seq`, oldest first, of `types` only if given (the caller checks who owns
    the job)."""
    params: dict[str, Any] = {"job_id": job_id, "after_seq": after_seq}
    if types is None:
        rows = session.connection().execute(_EVENTS_AFTER, params)
    else:
        rows = session.connection().execute(_EVENTS_AFTER_OF_TYPES, {**params, "types": list(types)})
    return [_event(*row) for row in rows]


def events_of_jobs(
    session: Session, job_ids: Sequence[int], types: Sequence[EventType]
) -> dict[int, list[JobEvent]]:
    """The events of `types` of each of `job_ids`, oldest first, in one query (the caller owns the jobs)."""
    found: dict[int, list[JobEvent]] = {job_id: [] for job_id in job_ids}
    if not job_ids:
        return found
    params = {"job_ids": list(job_ids), "types": list(types)}
    for row in session.connection().execute(_EVENTS_OF_JOBS, params):
        found[row.job_id].append(_event(*row))
    return found


def _event(job_id: int, seq: int, _type: str, data: dict[str, Any], created_at: datetime) -> JobEvent:
    return JobEvent(job_id=job_id, seq=seq, at=created_at.isoformat(), data=JOB_EVENT.validate_python(data))
