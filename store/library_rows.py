"""The creator's library as the Studio lists it: one Core read of the entries' listed columns joined to their
jobs' status, into frozen rows (ORM entries would load and build captions and paths the list never shows)."""

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy
from sqlalchemy import bindparam
from sqlmodel import Session

from store.models import User, VideoJob, VideoLibraryEntry


@dataclass(frozen=True, slots=True)
class LibraryRow:
    video_id: int
    job_id: int
    title: str
    version: int
    version_label: str
    duration_s: float
    aspect: str
    created_at: datetime
    job_status: str


_ENTRIES: sqlalchemy.Table = VideoLibraryEntry.__table__  # type: ignore[attr-defined]
_JOBS: sqlalchemy.Table = VideoJob.__table__  # type: ignore[attr-defined]
_LISTING = (
    sqlalchemy.select(
        _ENTRIES.c.id,
        _ENTRIES.c.job_id,
        _ENTRIES.c.title,
        _ENTRIES.c.version,
        _ENTRIES.c.version_label,
        _ENTRIES.c.duration_s,
        _ENTRIES.c.aspect,
        _ENTRIES.c.created_at,
        _JOBS.c.status,
    )
    .join(_JOBS, _JOBS.c.id == _ENTRIES.c.job_id)
    .where(_ENTRIES.c.owner_id == bindparam("owner_id"))
    .order_by(_ENTRIES.c.created_at.desc(), _ENTRIES.c.id.desc())
)


def library_rows(session: Session, user: User) -> list[LibraryRow]:
    """The creator's finished videos, newest first."""
    return [LibraryRow(*row) for row in session.connection().execute(_LISTING, {"owner_id": user.id})]
