"""A job's status columns, read with Core into a frozen row: the polled routes need a dozen small columns, not
the generated code and JSON documents an ORM object would load and build on every poll."""

from dataclasses import dataclass, fields
from datetime import datetime

import sqlalchemy
from sqlalchemy import bindparam
from sqlmodel import Session

from store.models import JobEventRecord, User, VideoJob
from store.ownership import no_such_job


@dataclass(frozen=True, slots=True)
class JobStatusRow:
    id: int
    owner_id: int
    status: str
    progress: int
    render_progress: float | None
    version: int
    version_label: str
    parent_id: int | None
    error: str | None
    created_at: datetime
    # The seq of the job's newest event of any type (0 before the first): a poller whose copy of the events
    # reaches it has nothing to read.
    last_event_seq: int


_JOBS: sqlalchemy.Table = VideoJob.__table__  # type: ignore[attr-defined]
_EVENTS: sqlalchemy.Table = JobEventRecord.__table__  # type: ignore[attr-defined]
_LAST_EVENT_SEQ = (
    sqlalchemy.select(sqlalchemy.func.coalesce(sqlalchemy.func.max(_EVENTS.c.seq), 0))
    .where(_EVENTS.c.job_id == _JOBS.c.id)
    .scalar_subquery()
)
_ROW_COLUMNS = [_JOBS.c[field.name] for field in fields(JobStatusRow) if field.name != "last_event_seq"]
_COLUMNS = sqlalchemy.select(*_ROW_COLUMNS, _LAST_EVENT_SEQ)
_OWNED = _COLUMNS.where(_JOBS.c.id == bindparam("job_id"), _JOBS.c.owner_id == bindparam("owner_id"))


def owned_job_status(session: Session, user: User, job_id: int) -> JobStatusRow:
    """The status columns of `user`'s job; NotFound for another creator's job, as for an unknown one."""
    row = session.connection().execute(_OWNED, {"job_id": job_id, "owner_id": user.id}).first()
    if row is None:
        raise no_such_job(job_id)
    return JobStatusRow(*row)
