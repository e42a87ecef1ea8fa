"""Wall 4 in the pipeline: generated code that slipped past the validator and hangs at a frame ends as a
completed job rendered from its template, with a note naming the frame; the model is told first (it may fix
it)."""

import importlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from pydantic_ai import ModelMessage, ModelResponse
from sqlmodel import Session

from store.models import User
from tests.agent.runs import queue, runner
from tests.agent.scripted import (
    VALID_TSX,
    ScriptedModel,
    Turn,
    call,
    last_tool_results,
    script_turn,
    text,
)
from video.engine.media import probe
from video.services import Services
from video.validation import ValidationResult

pytestmark = pytest.mark.render

FRAME_TIMEOUT_MS = 6000

# The scripted composition, with a loop the static checks do not call endless at the frames `condition` names.
_HANG = """  const frame = useCurrentFrame();
  let settled = 0;
  while (({condition}) && settled >= 0) {{
    settled = (settled + 1) % 5;
  }}
  const {{ fps }} = useVideoConfig();"""


def hanging_tsx(condition: str) -> str:
    tsx = VALID_TSX.replace(
        "import { AbsoluteFill, Series, useVideoConfig }",
        "import { AbsoluteFill, Series, useCurrentFrame, useVideoConfig }",
    )
    return tsx.replace("  const { fps } = useVideoConfig();", _HANG.format(condition=condition))


@pytest_asyncio.fixture(scope="module")
async def hang_services(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Services]:
    """Services whose engine and still checker stop a frame after 6 s instead of 10."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PPR_FRAME_TIMEOUT_MS", str(FRAME_TIMEOUT_MS))
        async with Services.start(asset_root=tmp_path_factory.mktemp("assets")) as started:
            await started.engine.bundle()
            yield started


@pytest.fixture
def validator_misses(monkeypatch: pytest.MonkeyPatch, hang_services: Services) -> None:
    """The validate tool accepts whatever compiles: the static checks missed the loop."""

    async def compile_only(engine: Any, tsx: str, **_: Any) -> ValidationResult:
        compiled = await engine.compile(tsx)
        return ValidationResult(ok=bool(compiled["ok"]), diagnostics=[], js=compiled.get("js"))

    # agent.tools re-exports the tool function under the module's name: patch the module itself.
    monkeypatch.setattr(importlib.import_module("agent.tools.validate"), "validate_composition", compile_only)


def gives_up(expected: str) -> Turn:
    def turn(messages: list[ModelMessage]) -> ModelResponse:
        (result,) = last_tool_results(messages)
        assert (result.tool_name, result.outcome) == ("render_video", "retried")
        assert str(result.content).startswith(f"{expected}: the code that runs at frame"), result.content
        return text("The composition does not finish a frame; I could not fix it.")

    return turn


@pytest.mark.usefixtures("validator_misses")
@pytest.mark.parametrize(
    ("condition", "frame"),
    [
        # The still checks look at frames 0, 12, 60, 132...: the gate before the render stops at 132.
        ("frame >= 100 && frame < 140", 132),
        # No checked frame hangs: the still checks pass and the render stops at frame 41.
        ("frame === 41", 41),
    ],
    ids=["still_gate", "render"],
)
async def test_hanging_code_falls_back_to_its_template_with_a_note(
    db: Session, creator: User, hang_services: Services, out_dir: Path, condition: str, frame: int
) -> None:
    reason = f"frame {frame} took longer than {FRAME_TIMEOUT_MS // 1000} s"
    scripted = ScriptedModel(
        [
            lambda _: call("gather_context"),
            script_turn(),
            lambda _: call("make_images"),
            lambda _: call("write_composition", tsx=hanging_tsx(condition)),
            lambda _: call("validate"),
            lambda _: call("render_video"),
            gives_up(reason),
        ]
    )
    job = queue(db, creator)
    await runner(hang_services, scripted, out_dir).run(db, creator, job)

    assert job.status == "completed"
    assert job.fallback == "CoursePromoTemplate"
    assert any(
        note.startswith(f"{reason}; the CoursePromoTemplate template was used") for note in job.notes
    ), job.notes
    assert probe(out_dir / "video.mp4").frames == 450
    # The engine that stopped the frames is the one that rendered the template.
    assert hang_services.engine.starts == 1
