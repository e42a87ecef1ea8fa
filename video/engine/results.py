"""Typed results of engine requests."""

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class EngineModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class RuntimeError_(EngineModel):
    """An exception thrown inside the composition at a frame (the frame shows the fallback)."""

    frame: int
    message: str


class BundleInfo(EngineModel):
    serve_url: str
    hash: str
    reused: bool
    ms: int


class CompositionInfo(EngineModel):
    id: str
    width: int
    height: int
    fps: int
    duration_in_frames: int


class RenderResult(EngineModel):
    path: Path
    frames: int
    width: int
    height: int
    fps: int
    duration_in_frames: int
    ms: int
    runtime_errors: list[RuntimeError_] = Field(default_factory=list)


class StillResult(EngineModel):
    path: Path
    frame: int
    width: int
    height: int
    ms: int
    runtime_errors: list[RuntimeError_] = Field(default_factory=list)


class RenderProgress(EngineModel):
    rendered_frames: int
    encoded_frames: int
    progress: float
    stage: str | None = None
