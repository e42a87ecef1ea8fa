"""Login sessions and API tokens, looked up by the SHA-256 hash of the secret the client holds."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy
from sqlalchemy import bindparam
from sqlmodel import Session, col, select, update

from domain.errors import NotFound
from store.clock import as_utc, utc_now
from store.models import ApiToken, LoginSession, User, saved_id

SESSION_LIFETIME = timedelta(days=14)


def token_hash(secret: str) -> str:
    # The secrets are 256 random bits: a fast hash is enough, no password-hashing work factor needed.
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedSession:
    """A new login: the cookie value (only its hash is kept) and the CSRF token its pages send back."""

    secret: str
    csrf_token: str
    expires_at: datetime


def open_login_session(
    session: Session, user: User, now: datetime | None = None, lifetime: timedelta = SESSION_LIFETIME
) -> IssuedSession:
    now = now or utc_now()
    secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    row = LoginSession(
        user_id=saved_id(user), token_hash=token_hash(secret), csrf_token=csrf, expires_at=now + lifetime
    )
    session.add(row)
    session.commit()
    return IssuedSession(secret, csrf, row.expires_at)


# Built once: every API request runs one of these two, and building a statement costs more than running it.
_LOGIN_BY_HASH = (
    select(User, LoginSession)
    .join(LoginSession, col(LoginSession.user_id) == col(User.id))
    .where(LoginSession.token_hash == bindparam("token_hash"))
)
_USER_TABLE: sqlalchemy.Table = User.__table__  # type: ignore[attr-defined]
_TOKEN_TABLE: sqlalchemy.Table = ApiToken.__table__  # type: ignore[attr-defined]
_USER_ROW_BY_TOKEN_HASH = (
    sqlalchemy.select(_USER_TABLE)
    .join(_TOKEN_TABLE, _TOKEN_TABLE.c.user_id == _USER_TABLE.c.id)
    .where(_TOKEN_TABLE.c.token_hash == bindparam("token_hash"), _TOKEN_TABLE.c.revoked_at.is_(None))
)


def live_login_session(
    session: Session, secret: str, now: datetime | None = None
) -> tuple[User, LoginSession] | None:
    """The creator and session a cookie names, unless it is unknown, revoked or expired."""
    found = session.exec(_LOGIN_BY_HASH, params={"token_hash": token_hash(secret)}).first()
    if found is None:
        return None
    user, row = found
    if row.revoked_at is not None or as_utc(row.expires_at) <= (now or utc_now()):
        return None
    return user, row


def end_login_session(session: Session, secret: str, now: datetime | None = None) -> None:
    session.exec(
        update(LoginSession)
        .where(col(LoginSession.token_hash) == token_hash(secret), col(LoginSession.revoked_at).is_(None))
        .values(revoked_at=now or utc_now())
    )
    session.commit()


def issue_api_token(session: Session, user: User, name: str = "") -> tuple[ApiToken, str]:
    """A new token row and its secret, which is shown once and never stored."""
    secret = "ppr_" + secrets.token_urlsafe(32)
    row = ApiToken(user_id=saved_id(user), token_hash=token_hash(secret), name=name[:100])
    session.add(row)
    session.commit()
    return row, secret


def user_of_api_token(session: Session, secret: str) -> User | None:
    row = session.connection().execute(_USER_ROW_BY_TOKEN_HASH, {"token_hash": token_hash(secret)}).first()
    return None if row is None else _users_seen.user(tuple(row), dict(row._mapping))


class _UsersSeen:
    """The User built for each users row read by token, reused while the row reads the same: scripts
    authenticate every request, and building the ORM object costs more than the read. The row itself is read
    every time, so a revoked token or a changed account shows at once. Callers only read these Users."""

    CAPACITY = 1024

    def __init__(self) -> None:
        self._built: dict[tuple[Any, ...], User] = {}

    def user(self, row: tuple[Any, ...], columns: dict[str, Any]) -> User:
        user = self._built.get(row)
        if user is None:
            if len(self._built) >= self.CAPACITY:
                self._built.clear()
            user = self._built[row] = User(**columns)
        return user


_users_seen = _UsersSeen()


def list_api_tokens(session: Session, user: User) -> list[ApiToken]:
    query = select(ApiToken).where(ApiToken.user_id == user.id, col(ApiToken.revoked_at).is_(None))
    return list(session.exec(query.order_by(col(ApiToken.id))).all())


def revoke_api_token(session: Session, user: User, token_id: int, now: datetime | None = None) -> ApiToken:
    row = session.exec(
        select(ApiToken).where(
            ApiToken.id == token_id, ApiToken.user_id == user.id, col(ApiToken.revoked_at).is_(None)
        )
    ).first()
    if row is None:
        raise NotFound(f"token {token_id}: no such token; list yours with GET /api/tokens")
    row.revoked_at = now or utc_now()
    session.add(row)
    session.commit()
    return row
