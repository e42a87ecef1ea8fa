"""The offline director end to end: a course, a product and a prompt-only video in each aspect ratio."""

from pathlib import Path

import pytest
from sqlmodel import Session

from agent.engine.media import probe
from agent.models import resolve_model
from agent.runner import JobRunner
from agent.services import Services
from agent.validation import validate_composition
from store.jobs import generate
from store.models import User
from store.requests import video_request
from store.script import VideoScript
from tests.agent.conftest import TEST_SETTINGS

pytestmark = pytest.mark.render

SUBJECTS = {
    "course": {"course": "saturation-secrets", "style": "hype"},
    "product": {"product": "dusty-keys-vol-2", "style": "cinematic"},
    "prompt-only": {
        "prompt": "Tell producers why Pause Play Repeat is the home for their beats",
        "style": "minimalist",
    },
}
SIZES = {"9:16": (270, 480), "16:9": (480, 270), "1:1": (270, 270)}


@pytest.mark.parametrize("aspect", list(SIZES))
@pytest.mark.parametrize("subject", list(SUBJECTS))
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
