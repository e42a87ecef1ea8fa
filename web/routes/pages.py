"""The Studio's pages. Until the Studio front end exists, `/` is a minimal login form (server-rendered,
autoescaped: no catalog or account text ever reaches the page unescaped)."""

import secrets
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from service.accounts import session_login
from web.auth.deps import cookie_scheme
from web.db import SessionDep

router = APIRouter(include_in_schema=False)

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
    autoescape=select_autoescape(default=True),
)


@router.get("/", response_class=HTMLResponse)
def home(db: SessionDep, cookie: Annotated[str | None, Depends(cookie_scheme)]) -> HTMLResponse:
    found = session_login(db, cookie) if cookie else None
    nonce = secrets.token_urlsafe(16)
    html = _templates.get_template("login.html").render(email=found[0].email if found else None, nonce=nonce)
    policy = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": policy})
