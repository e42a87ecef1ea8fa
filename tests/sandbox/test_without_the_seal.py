"""A machine that cannot make the network seal (simulated: PPR_BWRAP and PPR_UNSHARE name missing tools): the
engine renders templates but refuses generated code, a job falls back to its template with a note naming what
is missing, and `ppr-video doctor` says so and exits 1."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic_ai import models
from sqlmodel import Session
from typer.testing import CliRunner

from agent.deps import RunSettings
from agent.models import resolve_model
from agent.runner import JobRunner
from cli import commands  # noqa: F401  (registers the commands on the app)
from cli.app import app
from store.db import make_engine
from store.demo.seed import seed_demo_catalog
from store.jobs import generate
from store.requests import video_request
from store.users import local_creator
from tests.contracts import samples
from tests.engine.props import dynamic_props
from video.engine import EngineClient, EngineError
from video.engine.media import probe
from video.seal import NEEDS_BUBBLEWRAP, current_seal
from video.services import Services

pytestmark = pytest.mark.render

models.ALLOW_MODEL_REQUESTS = False
runner = CliRunner()

HEALTHY = """
import React from 'react';
import { AbsoluteFill } from 'remotion';

export default function Video() {
  return <AbsoluteFill style={{ backgroundColor: '#FFFFFF' }} />;
}
"""


@pytest.fixture
def no_seal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PPR_BWRAP", "/nonexistent/bwrap")
    monkeypatch.setenv("PPR_UNSHARE", "/nonexistent/unshare")


@pytest.fixture
def db(store_env: str) -> Iterator[Session]:
    engine = make_engine(store_env)
    with Session(engine, expire_on_commit=False) as session:
        seed_demo_catalog(session)
        yield session
    engine.dispose()


def test_the_seal_names_what_is_missing(no_seal: None) -> None:
    seal = current_seal()
    assert not seal.ok and seal.missing == NEEDS_BUBBLEWRAP


async def test_an_engine_outside_the_seal_renders_templates_but_no_generated_code(
    no_seal: None, tmp_path: Path
) -> None:
    async with EngineClient() as engine:
        props = await dynamic_props(engine, HEALTHY, seconds=1)
        with pytest.raises(EngineError) as refused:
            await engine.still("DynamicVideo", tmp_path / "x.png", frame=0, input_props=props)
        assert refused.value.kind == "unsealed"
        assert refused.value.message == f"generated code is not rendered: {NEEDS_BUBBLEWRAP}"
        assert not engine.sealed
        still = await engine.still(
            "CoursePromoTemplate", tmp_path / "t.png", frame=0, input_props=samples.course(), size=(216, 384)
        )
        assert still.path.exists()


async def test_a_job_falls_back_to_its_template_with_a_note(
    no_seal: None, db: Session, tmp_path: Path
) -> None:
    creator = local_creator(db)
    job = generate(db, creator, video_request(duration=15, aspect="9:16", course="saturation-secrets"))
    async with Services.start(asset_root=tmp_path / "assets") as services:
        assert not services.seal.ok
        settings = RunSettings(render_scale=0.25, x264_preset="ultrafast")
        job_runner = JobRunner(
            services, model=resolve_model("offline"), settings=settings, out_dir=tmp_path / "out"
        )
        await job_runner.run(db, creator, job)
    assert job.status == "completed", job.error
    assert job.fallback == "CoursePromoTemplate"
    assert any(
        note.startswith(f"{NEEDS_BUBBLEWRAP}; the CoursePromoTemplate template was used")
        for note in job.notes
    )
    info = probe(tmp_path / "out" / "video.mp4")
    assert (info.width, info.height) == (270, 480) and info.has_audio


def test_doctor_reports_every_check_and_passes_here() -> None:
    result = runner.invoke(app, ["doctor", "--json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0, result.output
    assert report["ok"] is True
    names = [check["name"] for check in report["checks"]]
    assert names == ["network seal", "chromium", "espeak-ng", "ffmpeg (bundled)", "node", "database"]
    assert all(check["ok"] for check in report["checks"]), report
    plain = runner.invoke(app, ["doctor"])
    assert plain.exit_code == 0
    lines = plain.output.strip().splitlines()
    assert len(lines) == 6 and all(line.startswith("ok") for line in lines), lines
    assert "only loopback" in lines[0]


def test_doctor_fails_without_the_seal(no_seal: None) -> None:
    result = runner.invoke(app, ["doctor", "--json"])
    assert result.exit_code == 1
    seal = json.loads(result.stdout)["checks"][0]
    assert seal == {
        "name": "network seal",
        "ok": False,
        "required": True,
        "detail": f"{NEEDS_BUBBLEWRAP}: generated code is not rendered, jobs use their template",
    }
    plain = runner.invoke(app, ["doctor"])
    assert plain.exit_code == 1
    assert plain.output.splitlines()[0].startswith("FAIL network seal")
