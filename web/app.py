"""The Studio server's app: the JSON API, the pages, and the in-process job workers."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from web.body_limit import BodyLimitMiddleware
from web.db import RequestSessionMiddleware
from web.errors import install_error_handlers
from web.openapi import document_security
from web.routes import (
    catalog,
    library,
    login,
    pages,
    player,
    posts,
    tokens,
    video_details,
    video_events,
    video_files,
    videos,
)
from web.settings import StudioSettings
from web.sse import EventHub
from web.workers import WorkerPool


def create_app(settings: StudioSettings | None = None) -> FastAPI:
    settings = settings or StudioSettings()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        pool = WorkerPool(settings.workers).start() if settings.workers.count > 0 else None
        try:
            yield
        finally:
            if pool is not None:
                pool.stop()

    app = FastAPI(
        title="PPR Video Studio",
        summary="Promo videos for music creators: queue them, follow them live, download them.",
        version="1",
        lifespan=lifespan,
        # Off whatever a library sets up globally: the Studio reports to no one, and checking for a configured
        # provider cost every request three look-ups.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.event_hub = EventHub(settings.sse_poll_s, settings.sse_final_grace_s)
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestSessionMiddleware)
    # The polled routes first: every route FastAPI tries before the match costs the request a few µs.
    routers = (
        videos,
        library,
        video_events,
        video_details,
        video_files,
        login,
        tokens,
        catalog,
        posts,
        player,
        pages,
    )
    for module in routers:
        app.include_router(module.router)
    document_security(app)
    return app
