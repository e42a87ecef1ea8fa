"""What every tool receives: the job, the store session, the shared services and the run's state."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from agent.progress import ProgressReporter
from agent.state import JobState
from store.models import User, VideoJob
from video.services import Services
from video.version import RenderSettings, VersionMedia, VersionTarget


@dataclass(frozen=True)
class RunSettings:
    """Knobs of one run; tests shrink the render, production keeps the defaults."""

    render_scale: float = 1.0
    x264_preset: str = "veryfast"
    max_validation_failures: int = 3
    max_stills_rounds: int = 2
    voice_required: bool = False
    burn_captions: bool = False

    @property
    def render(self) -> RenderSettings:
        return RenderSettings(
            render_scale=self.render_scale, x264_preset=self.x264_preset, burn_captions=self.burn_captions
        )


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

    def media(self) -> VersionMedia:
        """The version as the media layer renders it (needs the script and the facts)."""
        state = self.state
        assert state.draft is not None and state.facts is not None
        return VersionMedia(
            script=state.draft.script,
            voiceover=state.draft.voiceover,
            facts=state.facts,
            aspect=self.aspect,
            images=tuple(state.images),
            voice=state.voice,
            tsx=state.tsx,
            compiled_js=state.compiled_js,
            fallback=state.fallback,
        )

    def target(self) -> VersionTarget:
        return VersionTarget(session=self.session, user=self.user, job=self.job, folder=self.work_dir)
