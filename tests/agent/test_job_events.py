"""A run's progress as typed events on the job, and the two ways a run ends early: cancelled, or code whose
still checks fail (which never reaches the final render)."""

from pathlib import Path
from typing import Any

import pytest
from pydantic_ai import ModelMessage, ModelResponse
from sqlmodel import Session

from domain.events import Completed, Failed, PreviewReady, RenderProgressed, StatusChanged, StepFinished
from service import cancel_job
from store.context import gather_context
from store.db import make_engine
from store.events import job_events
from store.jobs import generate
from store.models import User
from store.requests import video_request
from tests.agent.runs import queue, runner
from tests.agent.scripted import (
    BROKEN_TSX,
    VALID_TSX,
    ScriptedModel,
    Turn,
    call,
    calls,
    happy_turns,
    last_tool_results,
    script_turn,
    text,
)
from video.engine.media import probe
from video.engine.results import RenderResult
from video.services import Services

pytestmark = pytest.mark.render

THROWS_LATE_TSX = VALID_TSX.replace(
    "import { AbsoluteFill, Series, useVideoConfig } from 'remotion';",
    "import { AbsoluteFill, Series, useCurrentFrame, useVideoConfig } from 'remotion';",
).replace(
    "  const { fps } = useVideoConfig();\n",
    "  const { fps } = useVideoConfig();\n  const frame = useCurrentFrame();\n"
    "  if (frame > 200) {\n    throw new Error('the second half reads a scene that is not there');\n  }\n",
)


async def test_a_run_records_status_steps_preview_render_progress_and_completion(
    db: Session, creator: User, services: Services, out_dir: Path
) -> None:
    job = queue(db, creator)
    await runner(services, ScriptedModel(happy_turns()), out_dir).run_with_retries(db, creator, job)
    assert job.id is not None and job.status == "completed"

    events = job_events(db, job.id)
    assert [event.seq for event in events] == list(range(1, len(events) + 1))
    kinds = [event.data.type for event in events]
    statuses = [event.data.status for event in events if isinstance(event.data, StatusChanged)]
    assert statuses[0] == "gathering_context" and statuses[-1] == "completed"
    finished = {event.data.step: event.data for event in events if isinstance(event.data, StepFinished)}
    assert finished["generating_script"].detail == "3 scenes, 15 s"
    assert finished["generating_assets"].detail.startswith("3 images")
    assert "words" in finished["generating_voice"].detail
    assert finished["checking_stills"].ok and "frames" in finished["checking_stills"].detail
    assert finished["rendering"].detail.startswith("450 frames at 270x480")
    assert kinds.count("step_started") == kinds.count("step_finished")

    preview = [event for event in events if isinstance(event.data, PreviewReady)]
    assert len(preview) == 1
    assert preview[0].data.duration_in_frames == 450 and (preview[0].data.width, preview[0].data.height) == (
        1080,
        1920,
    )
    assert kinds.index("preview_ready") < kinds.index("render_progress")
    progress = [event.data for event in events if isinstance(event.data, RenderProgressed)]
    assert progress[-1].fraction == 1.0 and progress[-1].frames_rendered == progress[-1].frames_total == 450
    assert [p.fraction for p in progress] == sorted(p.fraction for p in progress)

    last = events[-1].data
    assert isinstance(last, Completed) and events[-1].final
    assert last.video_id is not None and last.files["video"] == str(Path(job.out_dir or "") / "video.mp4")
    kept = {path.name for path in Path(job.out_dir or "").iterdir()}  # noqa: ASYNC240
    assert {"video.mp4", "composition.js", "assets.json"} <= kept, "the data directory keeps the version"


async def test_code_whose_still_checks_fail_is_never_rendered(
    db: Session, creator: User, services: Services, out_dir: Path
) -> None:
    turns: list[Turn] = [
        lambda _: call("gather_context"),
        script_turn(),
        lambda _: calls(("make_images", {}), ("make_voice", {})),
        lambda _: call("write_composition", tsx=THROWS_LATE_TSX),
        lambda _: call("validate"),
        lambda _: call("render_video"),
        lambda _: text("I could not fix it."),
    ]
    scripted = ScriptedModel(turns)
    job = queue(db, creator)
    await runner(services, scripted, out_dir).run(db, creator, job)

    refused = last_tool_results(scripted.seen[6])[0]
    assert refused.tool_name == "render_video" and refused.outcome == "retried"
    assert "still checks found frames that do not show the composition" in str(refused.content)
    assert job.validation_passed is True, "the code validated: only the still checks could catch it"
    assert job.status == "completed" and job.fallback == "CoursePromoTemplate"
    assert any("still checks found frames" in note and "template was used" in note for note in job.notes)
    assert job.render_work["reason"] == "a template fallback"


async def test_a_job_cancelled_while_it_runs_stops_at_its_next_step(
    db: Session, creator: User, services: Services, out_dir: Path, store_env: str
) -> None:
    job = queue(db, creator)

    def cancel_then_write_script(messages: list[ModelMessage]) -> ModelResponse:
        # Another process (the Studio, `ppr-video cancel`) cancels the job between two steps.
        engine = make_engine(store_env)
        with Session(engine) as other:
            assert job.id is not None
            cancel_job(other, other.get_one(User, creator.id), job.id)
        engine.dispose()
        return script_turn()(messages)

    turns: list[Turn] = [
        lambda _: call("gather_context"),
        cancel_then_write_script,
        lambda _: text("unreachable"),
    ]
    scripted = ScriptedModel(turns)
    outcome = await runner(services, scripted, out_dir).run_with_retries(db, creator, job, retry_delay_s=0)

    assert outcome.entry is None and job.status == "cancelled" and job.retry_count == 0
    assert scripted.turns, "the run stopped before the model was asked again"
    assert job.id is not None
    events = job_events(db, job.id)
    last = events[-1].data
    assert isinstance(last, Failed) and last.error == "cancelled by the creator"
    assert not any(isinstance(event.data, Completed) for event in events)


async def test_a_product_fallback_keeps_the_narration_the_images_and_the_store(
    db: Session, creator: User, services: Services, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: dict[str, dict[str, Any]] = {}
    render = services.engine.render

    async def render_and_keep_props(composition: str, out: Path, **options: Any) -> RenderResult:
        rendered[composition] = options["input_props"]
        return await render(composition, out, **options)

    monkeypatch.setattr(services.engine, "render", render_and_keep_props)
    turns: list[Turn] = [
        lambda _: call("gather_context"),
        script_turn(),
        lambda _: calls(("make_images", {}), ("make_voice", {})),
        lambda _: call("write_composition", tsx=BROKEN_TSX),
        lambda _: call("validate"),
        lambda _: call("validate"),
        lambda _: call("validate"),
        lambda _: text("Used the template."),
    ]
    request = video_request(product="dusty-keys-vol-2", duration=15, aspect="9:16", style="hype", voice=True)
    job = generate(db, creator, request)
    await runner(services, ScriptedModel(turns), out_dir).run(db, creator, job)

    assert job.status == "completed" and job.fallback == "ProductLaunchTemplate"
    assert probe(out_dir / "video.mp4").has_audio, "the fallback plays the narration"
    props = rendered["ProductLaunchTemplate"]
    assert props["audioUrl"] and len(props["imageUrls"]) == 3 and all(props["imageUrls"])
    store = gather_context(db, job).store
    assert (props["storeName"], props["domain"]) == (store.name, store.domain)
