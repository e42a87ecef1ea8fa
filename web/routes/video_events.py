"""A job's progress as Server-Sent Events: what already happened first, then live, until it ends."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Request
from sse_starlette import EventSourceResponse, ServerSentEvent

from domain.events import EventType, JobEvent
from store.ownership import owned_job
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute
from web.sse import EventHub

router = APIRouter(prefix="/api/videos", tags=["videos"], route_class=SessionRoute)

SSE_NAMES: dict[EventType, str] = {
    "status": "status",
    "step_started": "step",
    "step_finished": "step",
    "render_progress": "render_progress",
    "preview_ready": "preview",
    "completed": "completed",
    "failed": "failed",
}


def server_sent(event: JobEvent) -> ServerSentEvent:
    data = event.data.model_dump_json()
    return ServerSentEvent(data=data, event=SSE_NAMES[event.data.type], id=str(event.seq))


@router.get("/{job_id}/events", response_class=EventSourceResponse)
def job_events_stream(
    job_id: int,
    request: Request,
    user: CurrentUser,
    db: SessionDep,
    last_event_id: Annotated[int, Header(alias="Last-Event-ID", include_in_schema=False)] = 0,
) -> EventSourceResponse:
    """`status`, `step`, `render_progress`, `preview`, `completed` and `failed` events, each with a JSON
    `data:` line and its sequence number as `id:` (a reconnecting client resumes after Last-Event-ID). The
    stream ends after `completed` or `failed`; the job goes on when a watcher leaves."""
    owned_job(db, user, job_id)  # 404 before the stream opens
    hub: EventHub = request.app.state.event_hub

    async def stream() -> AsyncIterator[ServerSentEvent]:
        async for event in hub.follow(job_id, after_seq=last_event_id):
            yield server_sent(event)

    return EventSourceResponse(stream(), ping=request.app.state.settings.sse_ping_s)
