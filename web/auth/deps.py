"""The creator a request acts for, as route dependencies: `CurrentUser` for every API route, `CurrentAuth`
when the route needs to know how (logout).

One dependency reads the credentials from the request itself: every API request solves it, and each
sub-dependency would cost it more than its database read. web/openapi.py documents the two schemes."""

import inspect
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyCookie
from sqlmodel import Session

from service.accounts import session_login, token_user
from store.models import LoginSession, User
from web.auth.cookies import SESSION_COOKIE
from web.db import SessionDep

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
CSRF_HEADER = "X-CSRF-Token"

cookie_scheme = APIKeyCookie(name=SESSION_COOKIE, auto_error=False, description="Set by POST /api/login")


@dataclass(frozen=True)
class Auth:
    user: User
    # The browser login the request came with; None for an API token.
    login: LoginSession | None = None
    cookie_secret: str | None = None


# A coroutine: its one indexed lookup takes less time than a trip through the thread pool, which every API
# request would otherwise make before its route runs.
async def authenticate(request: Request, db: SessionDep) -> Auth:
    try:
        return _authenticate(request, db)
    finally:
        # A route that runs in the thread pool gets the read ended and its connection back in the pool before
        # it waits for a thread: a request holding one across that wait deadlocks the server once the pool
        # (15) is smaller than the thread pool (40). Nothing is expired (the session keeps its objects after
        # a commit). A coroutine route runs at once, and goes on with the same connection.
        if not _runs_inline(request):
            db.commit()


def _authenticate(request: Request, db: Session) -> Auth:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token:
        user = token_user(db, token.strip())
        if user is None:
            raise HTTPException(401, "Authorization: unknown or revoked API token")
        return Auth(user)
    cookie = request.cookies.get(SESSION_COOKIE)
    found = session_login(db, cookie) if cookie else None
    if found is None:
        raise HTTPException(401)
    user, login = found
    csrf_token = request.headers.get(CSRF_HEADER, "")
    if request.method not in SAFE_METHODS and not secrets.compare_digest(
        csrf_token.encode(), login.csrf_token.encode()
    ):
        raise HTTPException(403, "X-CSRF-Token: missing or wrong; send the csrf_token that login returned")
    return Auth(user, login, cookie)


def _runs_inline(request: Request) -> bool:
    route = request.scope.get("route")
    return route is not None and inspect.iscoroutinefunction(getattr(route, "endpoint", None))


async def current_user(request: Request, db: SessionDep) -> User:
    return (await authenticate(request, db)).user


CurrentAuth = Annotated[Auth, Depends(authenticate)]
CurrentUser = Annotated[User, Depends(current_user)]
