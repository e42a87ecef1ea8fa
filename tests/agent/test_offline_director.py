"""The offline director: its composition for a course, a product and a prompt-only video passes the validators
and the still checks in each aspect ratio; one of each is made and rendered end to end, each in an aspect."""

from pathlib import Path

import pytest
from sqlmodel import Session

from agent.models import resolve_model
from agent.offline.director.composer import director_composition
from agent.offline.scriptwriter import default_draft
from agent.runner import JobRunner
from domain.script import VideoScript
from store.context import gather_context
from store.facts import facts_from_context
from store.jobs import generate
from store.models import User
from store.requests import video_request
from tests.agent.conftest import TEST_SETTINGS
from tests.agent.director_stills import SIZES, passing_stills
from video.engine.media import probe
from video.services import Services
from video.validation import validate_composition

pytestmark = pytest.mark.render

SUBJECTS = {
    "course": {"course": "saturation-secrets", "style": "hype"},
    "product": {"product": "dusty-keys-vol-2", "style": "cinematic"},
    "prompt-only": {
        "prompt": "Tell producers why Pause Play Repeat is the home for their beats",
        "style": "minimalist",
    },
}
RENDERED = [("course", "9:16"), ("product", "16:9"), ("prompt-only", "1:1")]


@pytest.mark.parametrize("aspect", list(SIZES))
@pytest.mark.parametrize("subject", list(SUBJECTS))
async def test_director_composition_passes_the_validators_and_the_still_checks(
    db: Session, creator: User, services: Services, tmp_path: Path, subject: str, aspect: str
) -> None:
    job = generate(db, creator, video_request(duration=15, aspect=aspect, voice=False, **SUBJECTS[subject]))
    context = gather_context(db, job)
    facts = facts_from_context(context)
    script = default_draft(context, facts, total_seconds=15).script
    tsx = director_composition(context, facts, script)

    report = await passing_stills(services, tsx, script, facts, aspect, tmp_path)
    assert len(report.frames) >= 2 * len(script.scenes)


@pytest.mark.parametrize(("subject", "aspect"), RENDERED)
async def test_offline_director_makes_a_valid_video(
    db: Session, creator: User, services: Services, out_dir: Path, subject: str, aspect: str
) -> None:
    request = video_request(duration=15, aspect=aspect, voice=subject != "prompt-only", **SUBJECTS[subject])
    job = generate(db, creator, request)
    runner = JobRunner(services, model=resolve_model("offline"), settings=TEST_SETTINGS, out_dir=out_dir)
    outcome = await runner.run(db, creator, job)

    assert job.status == "completed", job.error
    assert job.model == "offline" and job.stop_reason == "the model finished"
    assert job.fallback is None, job.notes
    assert outcome.summary and "15 s" in outcome.summary
    info = probe(out_dir / "video.mp4")
    assert abs(info.frames - 450) <= 1
    assert (info.width, info.height) == SIZES[aspect]
    assert info.has_audio == (subject != "prompt-only")

    tsx = (out_dir / "composition.tsx").read_text()
    script = VideoScript.model_validate_json((out_dir / "script.json").read_text())
    assert script.total_frames() == 450
    validation = await validate_composition(services.engine, tsx, script)
    assert validation.ok, validation.errors
    # The copy reaches the code only as props: no catalog text is spliced into the TSX.
    for scene in script.scenes:
        assert scene.headline is None or scene.headline not in tsx
