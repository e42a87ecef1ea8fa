"""The agent loop with scripted models against the real tools, engine, validators and database."""

import json
from pathlib import Path

import pytest
from pydantic_ai import ModelMessage, ModelResponse
from sqlmodel import Session

from domain.script import VideoScript
from store.models import User
from tests.agent.runs import queue, runner
from tests.agent.scripted import (
    BROKEN_TSX,
    SCRIPT_15S,
    VALID_TSX,
    ScriptedModel,
    Turn,
    call,
    happy_turns,
    last_tool_results,
    script_turn,
    text,
)
from video.engine.media import probe
from video.services import Services

pytestmark = pytest.mark.render


async def test_happy_path_makes_and_publishes_the_video(
    db: Session, creator: User, services: Services, out_dir: Path
) -> None:
    scripted = ScriptedModel(happy_turns())
    job = queue(db, creator)
    outcome = await runner(services, scripted, out_dir).run(db, creator, job)

    assert job.status == "completed" and job.progress == 100
    assert job.validation_attempts == 1 and job.validation_passed is True
    assert job.fallback is None and job.stop_reason == "the model finished"
    assert outcome.summary == "Made a 15 s video."
    assert set(job.step_timings) >= {
        "gathering_context",
        "generating_script",
        "generating_assets",
        "generating_voice",
        "generating_code",
        "rendering",
        "publishing",
    }
    info = probe(out_dir / "video.mp4")
    assert info.frames == 450 and info.has_audio
    report = json.loads((out_dir / "report.json").read_text())
    assert report["status"] == "completed" and report["video"] == str(out_dir / "video.mp4")
    assert (
        json.loads((out_dir / "script.json").read_text())
        == VideoScript.model_validate(SCRIPT_15S).to_json_dict()
    )
    assert (out_dir / "composition.tsx").read_text().strip() == VALID_TSX.strip()
    assert outcome.entry is not None and outcome.entry.thumbnail_path


def fix_after_diagnostics(messages: list[ModelMessage]) -> ModelResponse:
    results = last_tool_results(messages)
    assert results[0].tool_name == "validate" and results[0].outcome == "retried"
    assert "error [types/" in str(results[0].content)
    assert ">>" in str(results[0].content) or "scene.duration" in str(results[0].content)
    return call("write_composition", tsx=VALID_TSX)


async def test_broken_tsx_diagnostics_reach_the_model_and_the_fix_passes(
    db: Session, creator: User, services: Services, out_dir: Path
) -> None:
    turns: list[Turn] = happy_turns(BROKEN_TSX)
    # After the failed validate: the model reads the diagnostics, rewrites, and validates again.
    turns[5:5] = [fix_after_diagnostics, lambda _: call("validate")]
    scripted = ScriptedModel(turns)
    job = queue(db, creator)
    await runner(services, scripted, out_dir).run(db, creator, job)

    assert job.status == "completed"
    assert job.validation_attempts == 2 and job.validation_passed is True
    assert job.fallback is None
    assert (out_dir / "composition.tsx").read_text().strip() == VALID_TSX.strip()


async def test_three_failed_validations_fall_back_to_the_template(
    db: Session, creator: User, services: Services, out_dir: Path
) -> None:
    turns: list[Turn] = [
        lambda _: call("gather_context"),
        script_turn(),
        lambda _: call("make_images"),
        lambda _: call("write_composition", tsx=BROKEN_TSX),
        lambda _: call("validate"),
        lambda _: call("validate"),
        lambda _: call("validate"),
        lambda _: call("render_video"),
        lambda _: call("publish"),
        lambda _: text("Used the template."),
    ]
    scripted = ScriptedModel(turns)
    job = queue(db, creator)
    await runner(services, scripted, out_dir).run(db, creator, job)

    assert job.status == "completed"
    assert job.fallback == "CoursePromoTemplate"
    assert job.validation_attempts == 3 and job.validation_passed is False
    assert any("template was used" in note for note in job.notes)
    assert probe(out_dir / "video.mp4").frames == 450
    third = scripted.seen[7]
    assert "CoursePromoTemplate template" in str(last_tool_results(third)[0].content)


async def test_invalid_script_is_retried_once_then_the_default_script_is_used(
    db: Session, creator: User, services: Services, out_dir: Path
) -> None:
    bad = dict(SCRIPT_15S, totalDuration=12)
    worse = {"scenes": "not a list"}
    turns: list[Turn] = [
        lambda _: call("gather_context"),
        script_turn(bad),
        script_turn(worse),
        lambda _: call("render_video"),
        lambda _: text("Stopped early."),
    ]
    scripted = ScriptedModel(turns)
    job = queue(db, creator)
    await runner(services, scripted, out_dir).run(db, creator, job)

    retry = last_tool_results(scripted.seen[2])[0]
    assert retry.outcome == "retried" and "simpler shape" in str(retry.content)
    defaulted = last_tool_results(scripted.seen[3])[0]
    assert "default script built from the catalog" in str(defaulted.content)
    assert job.status == "completed"
    # The model never wrote code: the default script went to the template, and both fallbacks are on record.
    assert job.fallback == "CoursePromoTemplate"
    assert any("default script" in note for note in job.notes)
    script = json.loads((out_dir / "script.json").read_text())
    assert script["totalDuration"] == 15


class ExplodingImages:
    """An image generator that fails hard the first time (a bug, not a provider error), then works."""

    name = "exploding"
    extension = "jpg"
    concurrency = 2

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.calls = 0

    def cache_inputs(self, request: object) -> dict[str, object]:
        return {"exploding": True, **self.inner.cache_inputs(request)}  # type: ignore[attr-defined]

    async def generate(self, request: object) -> bytes:
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("the image generator crashed")
        return await self.inner.generate(request)  # type: ignore[attr-defined,no-any-return]


async def test_a_tool_that_raises_fails_the_attempt_and_the_retry_completes(
    db: Session, creator: User, services: Services, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exploding = ExplodingImages(services.image_generator)
    monkeypatch.setattr(services, "image_generator", exploding)
    scripted = ScriptedModel(happy_turns()[:3] + happy_turns())
    job = queue(db, creator)
    outcome = await runner(services, scripted, out_dir).run_with_retries(db, creator, job, retry_delay_s=0)

    assert outcome.job.status == "completed"
    assert job.retry_count == 1
    assert any("attempt 1 failed: RuntimeError: the image generator crashed" in note for note in job.notes), (
        job.notes
    )
