"""The session cookie: HttpOnly, SameSite=Lax, scoped to the whole site."""

from datetime import datetime

from fastapi import Response

SESSION_COOKIE = "ppr_session"


def set_session_cookie(response: Response, secret: str, expires_at: datetime, *, secure: bool) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        expires=expires_at,
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )


def clear_session_cookie(response: Response, *, secure: bool) -> None:
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="lax", secure=secure, path="/")
