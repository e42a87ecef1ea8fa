"""`ppr-video stills` end to end: a bare TSX file, a job from the store, usage and compile errors."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import commands  # noqa: F401  (registers the commands on the app)
from cli.app import app
from store.db import dispose_engines, session_scope
from store.demo.seed import seed_demo_catalog
from store.jobs import generate
from store.requests import video_request
from store.script_records import save_script
from store.users import local_creator
from tests.stills.conftest import FIXTURES
from video.stills.default_props import default_script

runner = CliRunner()


def test_bare_tsx_with_a_defect_fails_with_the_issues_as_json(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "stills",
            "--tsx",
            str(FIXTURES / "bottom_band_text.tsx"),
            "--size",
            "540x960",
            "--frames",
            "0,45",
            "--out",
            str(tmp_path),
            "--json",
        ],
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert {(issue["kind"], issue["frame"]) for issue in report["issues"]} == {
        ("safe_area", 0),
        ("safe_area", 45),
    }
    issue = report["issues"][0]
    assert set(issue) >= {"frame", "scene", "kind", "severity", "text", "rect", "measured", "required"}
    assert issue["text"] == "Enroll at pauseplayrepeat.com"
    assert report["frames"] == [str(tmp_path / "frame-00000.png"), str(tmp_path / "frame-00045.png")]
    assert Path(report["contact_sheet"]).exists()


def test_bare_tsx_defaults_to_eight_evenly_spaced_frames(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["stills", "--tsx", str(FIXTURES / "clean.tsx"), "--size", "270x480", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in tmp_path.glob("frame-*.png")) == [
        f"frame-{frame:05d}.png" for frame in (0, 13, 25, 38, 51, 64, 76, 89)
    ]
    assert "passed" in result.stderr


def test_compile_errors_exit_1_with_the_diagnostics(tmp_path: Path) -> None:
    broken = tmp_path / "broken.tsx"
    broken.write_text("export default function Broken() { return <div>; }\n")
    result = runner.invoke(app, ["stills", "--tsx", str(broken), "--json", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["issues"] == [] and report["frames"] == []
    assert report["compile_errors"][0]["line"] == 1


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["7", "--tsx", "x.tsx"],
        ["--tsx", "missing.tsx"],
        ["--tsx", str(FIXTURES / "clean.tsx"), "--size", "big"],
        ["--tsx", str(FIXTURES / "clean.tsx"), "--frames", "0,a"],
        ["--tsx", str(FIXTURES / "clean.tsx"), "--frames", "0,90"],
    ],
    ids=["nothing", "both", "missing-file", "bad-size", "bad-frames", "frame-past-the-end"],
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, ["stills", *args, "--out", str(tmp_path)])
    assert result.exit_code == 2, result.output


def test_job_id_checks_the_jobs_generated_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PPR_VIDEO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PPR_VIDEO_DATABASE_URL", raising=False)
    with session_scope() as session:
        seed_demo_catalog(session)
        job = generate(
            session,
            local_creator(session),
            video_request(course="saturation-secrets", aspect="1:1", duration=15),
        )
        job.generated_code = (FIXTURES / "low_contrast.tsx").read_text()
        session.add(job)
        session.commit()
        save_script(session, job, default_script(90))
        job_id = job.id
    try:
        result = runner.invoke(
            app, ["stills", str(job_id), "--frames", "45", "--json", "--out", str(tmp_path / "o")]
        )
        missing = runner.invoke(app, ["stills", "999", "--out", str(tmp_path / "o")])
    finally:
        dispose_engines()
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    (issue,) = report["issues"]
    assert (issue["kind"], issue["frame"], issue["scene"]) == ("contrast", 45, "solution")
    assert "Saturation" in issue["text"]
    assert missing.exit_code == 2
    assert "no such job" in missing.stderr
