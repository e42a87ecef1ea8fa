"""Appending a job's events and reading them back in order, from any process."""

from collections.abc import Sequence

from sqlmodel import Session, col, func, select

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
    return _event(record)


def job_events(
    session: Session, job_id: int, after_seq: int = 0, types: Sequence[EventType] | None = None
) -> list[JobEvent]:
    """The job's events after `after_seq`, oldest first, of `types` only if given (the caller checks who owns
    the job)."""
    query = select(JobEventRecord).where(JobEventRecord.job_id == job_id, col(JobEventRecord.seq) > after_seq)
    if types is not None:
        query = query.where(col(JobEventRecord.type).in_(types))
    query = query.order_by(col(JobEventRecord.seq))
    return [_event(record) for record in session.exec(query).all()]


def events_of_jobs(
    session: Session, job_ids: Sequence[int], types: Sequence[EventType]
) -> dict[int, list[JobEvent]]:
    """The events of `types` of each of `job_ids`, oldest first, in one query (the caller owns the jobs)."""
    found: dict[int, list[JobEvent]] = {job_id: [] for job_id in job_ids}
    if not job_ids:
        return found
    query = (
        select(JobEventRecord)
        .where(col(JobEventRecord.job_id).in_(job_ids), col(JobEventRecord.type).in_(types))
        .order_by(col(JobEventRecord.job_id), col(JobEventRecord.seq))
    )
    for record in session.exec(query).all():
        found[record.job_id].append(_event(record))
    return found


def _event(record: JobEventRecord) -> JobEvent:
    return JobEvent(
        job_id=record.job_id,
        seq=record.seq,
        at=record.created_at.isoformat(),
        data=JOB_EVENT.validate_python(record.data),
    )
