"""Posts of a finished video scheduled on social platforms (the posting itself is out of scope)."""

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Index
from sqlmodel import Field

from store.clock import utc_now
from store.models.base import StoreTable


class ScheduledPost(StoreTable, table=True):
    __tablename__ = "scheduled_posts"
    __table_args__ = (
        Index("ix_scheduled_posts_owner_id_scheduled_for", "owner_id", "scheduled_for"),
        Index("ix_scheduled_posts_video_id", "video_id"),
        CheckConstraint("status IN ('scheduled', 'cancelled', 'posted')", name="status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="users.id")
    video_id: int = Field(foreign_key="video_library.id", ondelete="CASCADE")
    scheduled_for: datetime
    platforms: list[str] = Field(sa_type=JSON)
    captions: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    status: str = Field(default="scheduled", max_length=16)
    created_at: datetime = Field(default_factory=utc_now)
    cancelled_at: datetime | None = None
    posted_at: datetime | None = None
