"""The creator a request acts for, as route dependencies: `CurrentUser` for every API route, `CurrentAuth`
when the route needs to know how (logout)."""

import inspect
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from service.accounts import session_login, token_user
from store.models import LoginSession, User
from web.auth.cookies import SESSION_COOKIE
from web.db import SessionDep

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

bearer_scheme = HTTPBearer(auto_error=False, description="A token from POST /api/tokens")
cookie_scheme = APIKeyCookie(name=SESSION_COOKIE, auto_error=False, description="Set by POST /api/login")


@dataclass(frozen=True)
class Auth:
    user: User
    # The browser login the request came with; None for an API token.
    login: LoginSession | None = None
    cookie_secret: str | None = None


# A coroutine: its one indexed lookup takes less time than a trip through the thread pool, which every API
# request would otherwise make before its route runs.
async def authenticate(
    request: Request,
    db: SessionDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    cookie: Annotated[str | None, Depends(cookie_scheme)],
    csrf_token: Annotated[str | None, Header(alias="X-CSRF-Token", include_in_schema=False)] = None,
) -> Auth:
    try:
        return _authenticate(request, db, bearer, cookie, csrf_token)
    finally:
        # A route that runs in the thread pool gets the read ended and its connection back in the pool before
        # it waits for a thread: a request holding one across that wait deadlocks the server once the pool
        # (15) is smaller than the thread pool (40). Nothing is expired (the session keeps its objects after
        # a commit). A coroutine route runs at once, and goes on with the same connection.
        if not _runs_inline(request):
            db.commit()


def _runs_inline(request: Request) -> bool:
    route = request.scope.get("route")
    return route is not None and inspect.iscoroutinefunction(getattr(route, "endpoint", None))


def _authenticate(
    request: Request,
    db: Session,
    bearer: HTTPAuthorizationCredentials | None,
    cookie: str | None,
    csrf_token: str | None,
) -> Auth:
    if bearer is not None:
        user = token_user(db, bearer.credentials)
        if user is None:
            raise HTTPException(401, "Authorization: unknown or revoked API token")
        return Auth(user)
    found = session_login(db, cookie) if cookie else None
    if found is None:
        raise HTTPException(401)
    user, login = found
    if request.method not in SAFE_METHODS and not secrets.compare_digest(
        (csrf_token or "").encode(), login.csrf_token.encode()
    ):
        raise HTTPException(403, "X-CSRF-Token: missing or wrong; send the csrf_token that login returned")
    return Auth(user, login, cookie)


async def current_user(auth: Annotated[Auth, Depends(authenticate)]) -> User:
    return auth.user


CurrentAuth = Annotated[Auth, Depends(authenticate)]
CurrentUser = Annotated[User, Depends(current_user)]
