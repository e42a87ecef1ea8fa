"""The Studio's pages: the front end built from web/ui (scripts/setup.sh bundles it into web/ui/dist) for /,
/login, /library and /jobs/{id}, and its static files. Without a build, `/` is a minimal login form. Pages are
server-rendered shells, autoescaped: no catalog or account text ever reaches them unescaped."""

import secrets
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse, HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from domain.errors import NotFound
from service.accounts import session_login
from store.ownership import owned_job
from web.auth.deps import cookie_scheme
from web.db import SessionDep, SessionRoute

router = APIRouter(include_in_schema=False, route_class=SessionRoute)

UI_DIST = Path(__file__).resolve().parents[1] / "ui" / "dist"
# The only files served from the build, by name: nothing from the URL is joined onto a path.
UI_FILES = {
    "app.js": "text/javascript",
    "app.css": "text/css",
    "player.js": "text/javascript",
    "favicon.svg": "image/svg+xml",
}

templates = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
    autoescape=select_autoescape(default=True),
)

Cookie = Annotated[str | None, Depends(cookie_scheme)]


def _policy(nonce: str) -> str:
    return (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; "
        "img-src 'self'; media-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        "base-uri 'none'"
    )


def _shell(db: SessionDep, cookie: str | None, job_id: int | None = None) -> HTMLResponse:
    found = session_login(db, cookie) if cookie else None
    nonce = secrets.token_urlsafe(16)
    headers = {"Content-Security-Policy": _policy(nonce), "Cache-Control": "no-store"}
    if not (UI_DIST / "app.js").is_file():
        html = templates.get_template("login.html").render(
            email=found[0].email if found else None, nonce=nonce
        )
        return HTMLResponse(html, headers=headers)
    status = 200
    if found is not None and job_id is not None:
        try:
            owned_job(db, found[0], job_id)
        except NotFound:
            status = 404  # the page shows its 404, exactly as for a job that does not exist
    html = templates.get_template("studio.html").render(
        email=found[0].email if found else None,
        csrf_token=found[1].csrf_token if found else "",
        nonce=nonce,
    )
    return HTMLResponse(html, status_code=status, headers=headers)


@router.get("/", response_class=HTMLResponse)
def home(db: SessionDep, cookie: Cookie) -> HTMLResponse:
    return _shell(db, cookie)


@router.get("/login", response_class=HTMLResponse)
def login_page(db: SessionDep, cookie: Cookie) -> HTMLResponse:
    return _shell(db, cookie)


@router.get("/library", response_class=HTMLResponse)
def library_page(db: SessionDep, cookie: Cookie) -> HTMLResponse:
    return _shell(db, cookie)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(job_id: int, db: SessionDep, cookie: Cookie) -> HTMLResponse:
    return _shell(db, cookie, job_id)


@router.get("/ui/{name}", response_class=FileResponse)
def ui_file(name: str) -> FileResponse:
    media_type = UI_FILES.get(name)
    path = UI_DIST / name
    if media_type is None or not path.is_file():
        raise HTTPException(404, f"ui: no file '{name[:60]}'")
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "no-cache"})
