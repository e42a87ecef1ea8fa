"""The store's one notion of time: aware UTC datetimes, kept so by SQLModel on SQLite and PostgreSQL."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A datetime as the store keeps it: aware values converted to UTC, naive ones taken to be UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
