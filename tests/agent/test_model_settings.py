"""Sampling per phase, as the seed asks: the script is written at temperature 0.6, the code at 0.3, and the
model's own settings (timeouts, caching) ride along on every request."""

from pydantic_ai import ModelMessage, ModelResponse
from pydantic_ai.models.function import AgentInfo
from pydantic_ai.settings import ModelSettings
from sqlmodel import Session

from agent.agent import video_agent
from agent.deps import VideoDeps
from agent.model_settings import CODE_TEMPERATURE, SCRIPT_TEMPERATURE, phase_settings
from agent.runner import JobRunner
from store.jobs import generate
from store.models import User
from store.requests import video_request
from tests.agent.conftest import TEST_SETTINGS
from tests.agent.scripted import (
    SCRIPT_15S,
    VALID_TSX,
    ScriptedModel,
    Turn,
    call,
    last_tool_results,
    script_turn,
    text,
)
from video.services import Services

BASE = ModelSettings(timeout=123.0, max_tokens=4000)


class SettingsRecorder(ScriptedModel):
    """A scripted model that also keeps the settings pydantic-ai sent with each request."""

    def __init__(self, turns: list[Turn]) -> None:
        super().__init__(turns)
        self.settings: list[ModelSettings | None] = []

    def __call__(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        self.settings.append(info.model_settings)
        return super().__call__(messages, info)


def make_deps(db: Session, creator: User, services: Services) -> VideoDeps:
    job = generate(db, creator, video_request(course="saturation-secrets", duration=15, voice=True))
    return JobRunner(services, settings=TEST_SETTINGS).make_deps(db, creator, job)


async def run(deps: VideoDeps, recorder: SettingsRecorder) -> None:
    await video_agent.run(
        "Make the video.", deps=deps, model=recorder.model(), model_settings=phase_settings(BASE)
    )


def temperatures(recorder: SettingsRecorder) -> list[float | None]:
    return [settings.get("temperature") if settings else None for settings in recorder.settings]


async def test_the_script_is_written_at_0_6_and_what_follows_at_0_3(
    db: Session, creator: User, services: Services
) -> None:
    recorder = SettingsRecorder(
        [
            lambda _: call("gather_context"),
            script_turn(dict(SCRIPT_15S, totalDuration=12)),  # refused: the job is 15 s long
            script_turn(),
            lambda _: text("Script saved; stopping before the assets."),
        ]
    )
    deps = make_deps(db, creator, services)
    await run(deps, recorder)

    assert last_tool_results(recorder.seen[2])[0].outcome == "retried"
    assert deps.state.script_saved and deps.state.tsx is None
    # Requests before gather_context, before write_script, and after its retry still write the script.
    assert temperatures(recorder) == [SCRIPT_TEMPERATURE] * 3 + [CODE_TEMPERATURE]
    assert (SCRIPT_TEMPERATURE, CODE_TEMPERATURE) == (0.6, 0.3)
    for settings in recorder.settings:
        assert settings is not None
        assert settings.get("timeout") == 123.0 and settings.get("max_tokens") == 4000


async def test_a_run_that_starts_with_a_composition_samples_code_at_0_3(
    db: Session, creator: User, services: Services
) -> None:
    recorder = SettingsRecorder([lambda _: text("The composition is already there.")])
    deps = make_deps(db, creator, services)
    # What the runner restores for an iteration: the parent's composition, no script saved in this run yet.
    deps.state.tsx = VALID_TSX
    await run(deps, recorder)

    assert temperatures(recorder) == [CODE_TEMPERATURE]
    assert recorder.settings[0] is not None and recorder.settings[0].get("timeout") == 123.0
