"""The database session a route works in: one per request, opened when a dependency first asks for it and
closed as soon as the route has returned, before its response is sent.

A middleware gives each request a slot for its session, and the routes' class closes it when the handler
returns, instead of a generator dependency: FastAPI runs one of those through an exit stack, which cost every
API request about 40 µs of the server's one API thread."""

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.routing import APIRoute
from sqlmodel import Session
from starlette.types import ASGIApp, Receive, Scope, Send

from store.db import open_session

_SLOT = "ppr.db_session"


class _SessionSlot:
    __slots__ = ("session",)

    def __init__(self) -> None:
        self.session: Session | None = None

    def open(self) -> Session:
        # Opening a session does no I/O: it connects on its first query, in the route's thread.
        if self.session is None:
            self.session = open_session()
        return self.session

    def close(self) -> None:
        # Rolls back what the route left uncommitted and gives its connection back; a session used again
        # afterwards (it reconnects) is closed again when the request ends.
        if self.session is not None:
            self.session.close()


class RequestSessionMiddleware:
    """Gives every HTTP request an empty slot for its session, and closes whatever is in it when the request
    ends (SessionRoute has closed it already when the route returned)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        slot = scope[_SLOT] = _SessionSlot()
        try:
            await self.app(scope, receive, send)
        finally:
            slot.close()


class SessionRoute(APIRoute):
    """A route that closes the request's session when its handler returns, before the response runs: a stream
    (SSE, a video download) must not hold a pooled connection, nor a FileResponse while it waits for a thread
    to stat its file (a request holding one across that wait deadlocks the server once the pool, 15, is
    smaller than the thread pool, 40)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def closing_handler(request: Request) -> Response:
            try:
                return await handler(request)
            finally:
                slot: _SessionSlot | None = request.scope.get(_SLOT)
                if slot is not None:
                    slot.close()

        return closing_handler


async def request_session(request: Request) -> Session:
    slot: _SessionSlot = request.scope[_SLOT]
    return slot.open()


SessionDep = Annotated[Session, Depends(request_session)]
