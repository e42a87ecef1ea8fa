"""Job progress: forward-only status moves, each step's start and end with its detail, render progress; all
persisted as the job's events (domain.events) and passed to in-process listeners (the CLI's bar)."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlmodel import Session

from domain.events import RenderProgressed, StepFinished, StepStarted
from store.events import append_event
from store.job_records import record_step_timing, set_render_progress
from store.models import VideoJob
from store.status import STATUS_PROGRESS, update_job_status

Listener = Callable[[str, int, str], None]

# Render progress is persisted at most this often (a fraction of the render), and always at the end.
RENDER_EVENT_STEP = 0.02


class JobCancelled(Exception):
    """The job was cancelled while it ran; the runner stops at the next step."""


@dataclass
class Step:
    """A running step; the code inside sets `detail` to what it made ("5 scenes", "4 images made")."""

    name: str
    detail: str = ""


@dataclass
class ProgressReporter:
    """Moves the job along the pipeline (never back), times each step, records events and tells listeners."""

    session: Session
    job: VideoJob
    listeners: list[Listener] = field(default_factory=list)
    clock: Callable[[], float] = time.perf_counter
    render_frames: int = 0
    _last_render_event: float = -1.0

    def _notify(self, status: str, progress: int, detail: str) -> None:
        for listener in self.listeners:
            listener(status, progress, detail)

    def check_cancelled(self) -> None:
        """Reads the job's status again: another process (the CLI, the Studio) may have cancelled it."""
        self.session.refresh(self.job)
        if self.job.status == "cancelled":
            raise JobCancelled(f"job {self.job.id} was cancelled")

    def advance(self, status: str, detail: str = "") -> None:
        self.check_cancelled()
        # Tools may run again (a revised script after the code exists): the job's status only moves forward.
        current = STATUS_PROGRESS.get(self.job.status, 0)  # type: ignore[call-overload]
        if self.job.status != "completed" and STATUS_PROGRESS[status] > current:  # type: ignore[index]
            update_job_status(self.session, self.job, status)
        self._notify(self.job.status, self.job.progress, detail)

    @contextmanager
    def step(self, status: str, detail: str = "", timing: str | None = None) -> Iterator[Step]:
        """Marks the job as in `status` and adds the time spent inside to the step's timing (`timing`, default
        the status). The step's start and end are events; the end carries the detail set inside."""
        name = timing or status
        self.advance(status, detail)
        append_event(self.session, self.job, StepStarted(step=name, detail=detail))
        step = Step(name)
        started = self.clock()
        ok = False
        try:
            yield step
            ok = True
        finally:
            seconds = round(self.clock() - started, 3)
            record_step_timing(self.session, self.job, name, seconds)
            append_event(
                self.session, self.job, StepFinished(step=name, seconds=seconds, detail=step.detail, ok=ok)
            )

    def render_progress(self, fraction: float, detail: str) -> None:
        set_render_progress(self.session, self.job, fraction)
        if fraction >= 1.0 or fraction - self._last_render_event >= RENDER_EVENT_STEP:
            self._last_render_event = fraction
            total = self.render_frames
            event = RenderProgressed(
                fraction=min(max(fraction, 0.0), 1.0),
                frames_rendered=min(total, round(fraction * total)),
                frames_total=total,
                detail=detail,
            )
            append_event(self.session, self.job, event)
        self._notify(self.job.status, self.job.progress, detail)
