"""Creator accounts for the Studio: passwords hashed with Argon2, logins (throttled per address), login
sessions and API tokens."""

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlmodel import Session

from domain.errors import UserError
from store.accounts import add_account, find_account, list_accounts, normalized_email, set_password_hash
from store.credentials import (
    IssuedSession,
    end_login_session,
    live_login_session,
    open_login_session,
    user_of_api_token,
)
from store.demo.seed import seed_demo_catalog
from store.failed_logins import clear_failed_logins, login_throttled, record_failed_login
from store.models import LoginSession, User

MIN_PASSWORD = 8
MAX_PASSWORD = 1024
_hasher = PasswordHash((Argon2Hasher(),))
# Verified when an address has no account, so that a login takes as long whether or not it exists.
_NOBODY = _hasher.hash("not anybody's password")


class LoginRefused(UserError):
    """A wrong address or password (the message never says which)."""


class LoginThrottled(UserError):
    """Too many wrong passwords for one address lately."""


def _checked_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserError(
            f"password: must be {MIN_PASSWORD} to {MAX_PASSWORD} characters (got {len(password)})"
        )
    return password


def add_user(
    session: Session,
    email: str,
    password: str,
    *,
    plan: str = "free",
    admin: bool = False,
    demo_store: bool = False,
) -> User:
    """A creator who can log in; `demo_store` gives them a copy of the demo catalog."""
    user = add_account(session, email, _hasher.hash(_checked_password(password)), plan=plan, admin=admin)
    if demo_store:
        seed_demo_catalog(session, user)
    return user


def change_password(session: Session, email: str, password: str) -> User:
    return set_password_hash(session, email, _hasher.hash(_checked_password(password)))


def list_users(session: Session) -> list[User]:
    return list_accounts(session)


def log_in(session: Session, email: str, password: str) -> tuple[User, IssuedSession]:
    """A new login session for the creator, or LoginRefused / LoginThrottled."""
    try:
        address = normalized_email(email)
    except UserError:
        raise LoginRefused("email: wrong email address or password") from None
    if login_throttled(session, address):
        raise LoginThrottled("email: too many wrong passwords for this address; try again in 15 minutes")
    user = find_account(session, address)
    stored = user.password_hash if user is not None else None
    if not _hasher.verify(password, stored or _NOBODY) or user is None or stored is None:
        record_failed_login(session, address)
        raise LoginRefused("email: wrong email address or password")
    clear_failed_logins(session, address)
    return user, open_login_session(session, user)


def log_out(session: Session, secret: str) -> None:
    end_login_session(session, secret)


def session_login(session: Session, secret: str) -> tuple[User, LoginSession] | None:
    """The creator and login session a session cookie names, if it is live."""
    return live_login_session(session, secret)


def token_user(session: Session, secret: str) -> User | None:
    """The creator an API token belongs to, unless it is unknown or revoked."""
    return user_of_api_token(session, secret)
