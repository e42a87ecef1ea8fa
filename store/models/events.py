"""The events of a job's progress, in the order they happened (domain.events)."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field

from store.clock import utc_now
from store.models.base import StoreTable


class JobEventRecord(StoreTable, table=True):
    __tablename__ = "job_events"
    __table_args__ = (UniqueConstraint("job_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="video_jobs.id", ondelete="CASCADE")
    seq: int
    type: str = Field(max_length=32)
    data: dict[str, Any] = Field(sa_type=JSON)
    created_at: datetime = Field(default_factory=utc_now)
