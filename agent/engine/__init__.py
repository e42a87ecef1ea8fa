"""The Python side of the Node render engine: build it, start it once, talk JSON lines to it."""

from agent.engine.client import EngineClient
from agent.engine.errors import EngineCrashed, EngineError, EngineTimeout

__all__ = ["EngineClient", "EngineCrashed", "EngineError", "EngineTimeout"]
