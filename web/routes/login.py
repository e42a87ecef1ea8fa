"""Logging in and out of the Studio, and who is logged in."""

from fastapi import APIRouter, Request, Response, status

from service.accounts import log_in, log_out
from web.auth.cookies import clear_session_cookie, set_session_cookie
from web.auth.deps import CurrentAuth, CurrentUser
from web.db import SessionDep, SessionRoute
from web.routes.schemas import LoginIn, LoginOut, MeOut

router = APIRouter(prefix="/api", tags=["accounts"], route_class=SessionRoute)


@router.post("/login")
def login(body: LoginIn, db: SessionDep, request: Request, response: Response) -> LoginOut:
    """A session cookie and the CSRF token to send as X-CSRF-Token with every change; 401 for a wrong
    address or password, 429 after repeated failures for one address."""
    _user, issued = log_in(db, body.email, body.password)
    secure = request.app.state.settings.secure_cookies
    set_session_cookie(response, issued.secret, issued.expires_at, secure=secure)
    return LoginOut(csrf_token=issued.csrf_token)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(auth: CurrentAuth, db: SessionDep, request: Request, response: Response) -> None:
    """Ends this browser's session (an API token is revoked with DELETE /api/tokens/{id})."""
    if auth.cookie_secret is not None:
        log_out(db, auth.cookie_secret)
    clear_session_cookie(response, secure=request.app.state.settings.secure_cookies)


@router.get("/me")
def me(user: CurrentUser) -> MeOut:
    return MeOut(email=user.email, plan=user.plan, is_admin=user.is_admin)
