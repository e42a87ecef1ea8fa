"""Sampling per phase of a run, as the seed asks: the script is written at temperature 0.6 (varied copy),
the composition at 0.3 (code that compiles). pydantic-ai asks for the settings before every model request."""

from collections.abc import Callable

from pydantic_ai import RunContext
from pydantic_ai.settings import ModelSettings, merge_model_settings

from agent.deps import VideoDeps

SCRIPT_TEMPERATURE = 0.6
CODE_TEMPERATURE = 0.3


def temperature_for(deps: VideoDeps) -> float:
    """0.6 until this run has saved a script (the next request writes it), 0.3 once the code is next."""
    return CODE_TEMPERATURE if deps.state.script_saved or deps.state.tsx is not None else SCRIPT_TEMPERATURE


def phase_settings(base: ModelSettings | None) -> Callable[[RunContext[VideoDeps]], ModelSettings]:
    def settings(ctx: RunContext[VideoDeps]) -> ModelSettings:
        merged = merge_model_settings(base, ModelSettings(temperature=temperature_for(ctx.deps)))
        assert merged is not None
        return merged

    return settings
