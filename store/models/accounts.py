"""How creators prove who they are to the Studio: login sessions, API tokens and failed logins.

Only SHA-256 hashes of session and API tokens are stored: a copy of the database logs nobody in."""

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from store.clock import utc_now
from store.models.base import StoreTable


class LoginSession(StoreTable, table=True):
    """A browser's login: its cookie's hash, its CSRF token, and when it ends."""

    __tablename__ = "login_sessions"
    __table_args__ = (UniqueConstraint("token_hash"), Index("ix_login_sessions_user_id", "user_id"))

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    token_hash: str = Field(max_length=64)
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utc_now)
    expires_at: datetime
    revoked_at: datetime | None = None


class ApiToken(StoreTable, table=True):
    """A script's bearer token."""

    __tablename__ = "api_tokens"
    __table_args__ = (UniqueConstraint("token_hash"), Index("ix_api_tokens_user_id", "user_id"))

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    token_hash: str = Field(max_length=64)
    name: str = Field(default="", max_length=100)
    created_at: datetime = Field(default_factory=utc_now)
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class FailedLogin(StoreTable, table=True):
    """One wrong password for an address; enough of them recently and the address is throttled."""

    __tablename__ = "failed_logins"
    __table_args__ = (Index("ix_failed_logins_email_at", "email", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320)
    at: datetime = Field(default_factory=utc_now)
