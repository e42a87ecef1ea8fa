"""A job's progress as typed events: what the CLI's `show --follow`, the Studio's stream and the evals read.

Every event is persisted on its job in order (`seq`), so any process can follow a job another process runs."""

from typing import Annotated, Literal

from pydantic import BaseModel, Field, TypeAdapter

from domain.vocab import JobStatus

EventType = Literal[
    "status", "step_started", "step_finished", "render_progress", "preview_ready", "completed", "failed"
]
FINAL_EVENTS: tuple[EventType, ...] = ("completed", "failed")


class StatusChanged(BaseModel):
    type: Literal["status"] = "status"
    status: JobStatus
    progress: int = Field(ge=0, le=100)


class StepStarted(BaseModel):
    type: Literal["step_started"] = "step_started"
    step: str
    detail: str = ""


class StepFinished(BaseModel):
    """A step's end: `detail` says what it made (scene count, images made, frames rendered of the total)."""

    type: Literal["step_finished"] = "step_finished"
    step: str
    seconds: float = Field(ge=0)
    detail: str = ""
    ok: bool = True


class RenderProgressed(BaseModel):
    type: Literal["render_progress"] = "render_progress"
    fraction: float = Field(ge=0, le=1)
    frames_rendered: int = Field(ge=0)
    frames_total: int = Field(ge=0)
    detail: str = ""


class PreviewReady(BaseModel):
    """A validated composition and its compiled code exist: a player can show the video before the MP4."""

    type: Literal["preview_ready"] = "preview_ready"
    width: int
    height: int
    fps: int
    duration_in_frames: int


class Completed(BaseModel):
    type: Literal["completed"] = "completed"
    video_id: int | None
    files: dict[str, str]


class Failed(BaseModel):
    type: Literal["failed"] = "failed"
    error: str


JobEventData = Annotated[
    StatusChanged | StepStarted | StepFinished | RenderProgressed | PreviewReady | Completed | Failed,
    Field(discriminator="type"),
]
JOB_EVENT = TypeAdapter[JobEventData](JobEventData)


class JobEvent(BaseModel):
    """One persisted event: its place in the job's sequence and what happened."""

    job_id: int
    seq: int
    at: str
    data: JobEventData

    @property
    def final(self) -> bool:
        return self.data.type in FINAL_EVENTS
