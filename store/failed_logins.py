"""Counting wrong passwords per address, so that guessing one account's password is throttled."""

from datetime import datetime, timedelta

from sqlmodel import Session, col, delete, func, select

from store.clock import utc_now
from store.models import FailedLogin

THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES = 5


def record_failed_login(session: Session, email: str, now: datetime | None = None) -> None:
    session.add(FailedLogin(email=email, at=now or utc_now()))
    session.commit()


def login_throttled(
    session: Session,
    email: str,
    now: datetime | None = None,
    window: timedelta = THROTTLE_WINDOW,
    limit: int = MAX_FAILURES,
) -> bool:
    """Whether `email` had `limit` wrong passwords within `window`."""
    since = (now or utc_now()) - window
    failures = session.exec(
        select(func.count()).where(FailedLogin.email == email, col(FailedLogin.at) > since)
    ).one()
    return failures >= limit


def clear_failed_logins(session: Session, email: str) -> None:
    session.exec(delete(FailedLogin).where(col(FailedLogin.email) == email))
    session.commit()
