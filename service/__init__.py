"""The video service: the one way in to the pipeline for every interface (the CLI, the worker, the web app and
the evals). It queues, runs, cancels and retries jobs and follows their events; nothing outside it reaches the
agent's runner or tools."""

from agent.progress import Listener
from service.events import events_of, follow, follow_async
from service.jobs import (
    VideoResult,
    cancel_job,
    generate_from_brief,
    generate_video,
    iterate_video,
    retry_job,
    run_job,
    run_worker,
)
from service.options import JobOptions

__all__ = [
    "JobOptions",
    "Listener",
    "VideoResult",
    "cancel_job",
    "events_of",
    "follow",
    "follow_async",
    "generate_from_brief",
    "generate_video",
    "iterate_video",
    "retry_job",
    "run_job",
    "run_worker",
]
