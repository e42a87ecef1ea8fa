"""The Studio's Player iframe: its document, and the job's assets served to it without a cookie.

The iframe is sandboxed without allow-same-origin, so its origin is opaque: the browser sends it no cookie for
what it loads, and it can read none. Its document (fetched as a navigation of the creator's page, so with the
cookie) is served only to the job's owner, with a Content-Security-Policy that allows no connections, and
images and media only from one URL prefix: this job's assets under a signed token. The token names the job
and the creator, expires, and opens nothing but the assets the job's assets.json lists."""

import hashlib
import hmac
import secrets
import time
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse

from service.accounts import session_login
from service.job_files import job_asset
from store.models import User, saved_id
from store.ownership import owned_job
from web.auth.deps import cookie_scheme
from web.db import SessionDep, SessionRoute
from web.routes.pages import templates

router = APIRouter(include_in_schema=False, route_class=SessionRoute)

# Signs asset tokens for this process's lifetime; a restarted server issues new ones when the page reloads.
_SECRET = secrets.token_bytes(32)
TOKEN_TTL_S = 6 * 3600


def _signature(job_id: int, user_id: int, expires: int) -> str:
    message = f"{job_id}.{user_id}.{expires}".encode()
    return hmac.new(_SECRET, message, hashlib.sha256).hexdigest()[:40]


def asset_token(job_id: int, user_id: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + TOKEN_TTL_S)
    return f"{user_id}.{expires}.{_signature(job_id, user_id, expires)}"


def token_user_id(job_id: int, token: str) -> int | None:
    """The creator a token was issued to for this job, if it is genuine and unexpired."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    user_id, expires = int(parts[0]), int(parts[1])
    if expires < time.time() or not hmac.compare_digest(parts[2], _signature(job_id, user_id, expires)):
        return None
    return user_id


def _player_policy(origin: str, asset_base: str) -> str:
    assets = f"{origin}{asset_base}"
    return (
        f"default-src 'none'; script-src {origin}/ui/player.js 'unsafe-eval'; style-src 'unsafe-inline'; "
        f"img-src {assets}; media-src {assets}; connect-src 'none'; font-src 'none'; frame-src 'none'; "
        "worker-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'"
    )


@router.get("/player/{job_id}", response_class=HTMLResponse)
def player_document(
    job_id: int, request: Request, db: SessionDep, cookie: Annotated[str | None, Depends(cookie_scheme)]
) -> HTMLResponse:
    """The iframe's document. `'unsafe-eval'`: the SES Compartment evaluates the compiled composition."""
    found = session_login(db, cookie) if cookie else None
    if found is None:
        raise HTTPException(401)
    user = found[0]
    owned_job(db, user, job_id)
    origin = f"{request.url.scheme}://{request.url.netloc}"
    asset_base = f"/player/{job_id}/assets/{asset_token(job_id, saved_id(user))}/"
    html = templates.get_template("player.html").render(page_origin=origin, asset_base=asset_base)
    headers = {
        "Content-Security-Policy": _player_policy(origin, asset_base),
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
    }
    return HTMLResponse(html, headers=headers)


@router.get("/player/{job_id}/assets/{token}/{key}", response_class=FileResponse)
def player_asset(job_id: int, token: str, key: str, db: SessionDep) -> FileResponse:
    user_id = token_user_id(job_id, token)
    user = db.get(User, user_id) if user_id is not None else None
    path = job_asset(db, user, job_id, key) if user is not None else None
    if path is None:
        raise HTTPException(404, f"asset: job {job_id} uses no asset '{key[:80]}'")
    return FileResponse(path, headers={"Cache-Control": "private, max-age=3600"})
