"""The database session a route works in: one per request, closed after the response."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from sqlmodel import Session

from store.db import session_scope


async def request_session() -> AsyncIterator[Session]:
    # Opening a session does no I/O (it connects on its first query, in the route's thread): as a coroutine
    # it saves each request a trip through the thread pool.
    with session_scope() as session:
        yield session


# Closed when the route returns, before the response is sent: a stream (SSE, a video download) must not hold
# a pooled connection for as long as it is open.
SessionDep = Annotated[Session, Depends(request_session, scope="function")]
