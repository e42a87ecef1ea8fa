"""What every tool receives: the job, the store session, the shared services and the run's state."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from agent.progress import ProgressReporter
from agent.services import Services
from agent.state import JobState
from store.models import User, VideoJob


@dataclass(frozen=True)
class RunSettings:
    """Knobs of one run; tests shrink the render, production keeps the defaults."""

    # Fraction of the full frame size to render at: the layout is laid out at that size, so a small scale is
    # fast (Remotion's own scale option still lays out and paints every frame at full size).
    render_scale: float = 1.0
    x264_preset: str = "veryfast"
    max_validation_failures: int = 3
    max_stills_rounds: int = 2
    voice_required: bool = False
    burn_captions: bool = False


@dataclass
class VideoDeps:
    session: Session
    user: User
    job: VideoJob
    services: Services
    work_dir: Path
    progress: ProgressReporter
    settings: RunSettings = field(default_factory=RunSettings)
    state: JobState = field(default_factory=JobState)
    clock: Callable[[], float] = time.perf_counter

    @property
    def aspect(self) -> str:
        return self.state.aspect or self.job.aspect
