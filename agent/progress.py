"""Job progress: forward-only status moves with their percentages, per-step timings, render progress."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlmodel import Session

from store.job_records import record_step_timing, set_render_progress
from store.models import VideoJob
from store.status import STATUS_PROGRESS, update_job_status

Listener = Callable[[str, int, str], None]


@dataclass
class ProgressReporter:
    """Moves the job along the pipeline (never back), times each step, and tells listeners (the CLI's bar)."""

    session: Session
    job: VideoJob
    listeners: list[Listener] = field(default_factory=list)
    clock: Callable[[], float] = time.perf_counter

    def _notify(self, status: str, progress: int, detail: str) -> None:
        for listener in self.listeners:
            listener(status, progress, detail)

    def advance(self, status: str, detail: str = "") -> None:
        # Tools may run again (a revised script after the code exists): the job's status only moves forward.
        current = STATUS_PROGRESS.get(self.job.status, 0)  # type: ignore[call-overload]
        if self.job.status != "completed" and STATUS_PROGRESS[status] > current:  # type: ignore[index]
            update_job_status(self.session, self.job, status)
        self._notify(self.job.status, self.job.progress, detail)

    @contextmanager
    def step(self, status: str, detail: str = "", timing: str | None = None) -> Iterator[None]:
        """Marks the job as in `status` and adds the time spent inside to the step's timing (`timing`, default
        the status)."""
        self.advance(status, detail)
        started = self.clock()
        try:
            yield
        finally:
            record_step_timing(self.session, self.job, timing or status, round(self.clock() - started, 3))

    def render_progress(self, fraction: float, detail: str) -> None:
        set_render_progress(self.session, self.job, fraction)
        self._notify(self.job.status, self.job.progress, detail)
