"""The Python side of the Node render engine: build it, start it once, talk JSON lines to it."""

from video.engine.client import EngineClient
from video.engine.errors import EngineCrashed, EngineError, EngineTimeout

__all__ = ["EngineClient", "EngineCrashed", "EngineError", "EngineTimeout"]
