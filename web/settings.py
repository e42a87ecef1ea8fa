"""What a Studio server is started with."""

from dataclasses import dataclass, field

from service.workers import WorkerSettings
from web.sse import FINAL_GRACE_S

MAX_BODY_BYTES = 256 * 1024


@dataclass(frozen=True)
class StudioSettings:
    """`workers.count` 0 serves the API only (another process runs the jobs)."""

    workers: WorkerSettings = field(default_factory=WorkerSettings)
    max_body_bytes: int = MAX_BODY_BYTES
    # Set behind HTTPS: the session cookie is then never sent in clear.
    secure_cookies: bool = False
    sse_poll_s: float = 0.5
    sse_ping_s: float = 15.0
    # How long a job's row may say it ended before its followers are told so without the runner's event.
    sse_final_grace_s: float = FINAL_GRACE_S
