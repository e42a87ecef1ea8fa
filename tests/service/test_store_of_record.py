"""Everything a version needs lives in the data directory: `--out` only gets copies, so deleting it loses
nothing, and an iteration renders like its parent unless it says otherwise."""

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli import commands  # noqa: F401  (registers the commands)
from cli.app import app
from domain.paths import job_dir
from service import JobOptions, cancel_job, iterate_video
from store.models import VideoJob
from tests.service.conftest import World
from video.engine.media import probe

pytestmark = pytest.mark.render

runner = CliRunner()


def cli_json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("first-out")


@pytest.fixture(scope="module")
def first(world: World, out: Path) -> dict[str, Any]:
    """Version 1 through the CLI: a quarter-size draft, copied to an --out folder."""
    args = [
        "generate",
        "--course",
        "saturation-secrets",
        "--duration",
        "15",
        "--scale",
        "0.25",
        "--out",
        str(out),
    ]
    return cli_json(*args)


def test_out_holds_copies_and_its_report_names_them(first: dict[str, Any], out: Path) -> None:
    assert first["status"] == "completed"
    kept = job_dir(first["job_id"])
    assert first["video"] == str(kept / "video.mp4"), "--json names the files of record"
    assert out != kept
    for name in (
        "video.mp4",
        "thumbnail.jpg",
        "script.json",
        "composition.tsx",
        "subtitles.srt",
        "captions.json",
    ):
        assert (out / name).read_bytes() == (kept / name).read_bytes(), name
    for name in ("composition.js", "assets.json", "report.json"):
        assert (kept / name).is_file(), f"the data directory keeps {name}"
    stored = json.loads((kept / "report.json").read_text())
    assert stored["video"] == str(kept / "video.mp4")
    copied = json.loads((out / "report.json").read_text())
    assert copied["video"] == str(out / "video.mp4") and copied["job_id"] == first["job_id"]


def test_deleting_the_out_folder_loses_nothing_an_iteration_needs(
    first: dict[str, Any], out: Path, world: World
) -> None:
    shutil.rmtree(out)
    second = cli_json("iterate", str(first["job_id"]), "remove the price")
    assert second["status"] == "completed" and second["parent_job_id"] == first["job_id"]
    assert second["version"] == 2
    assert "images" not in second["asset_work"], "the parent's images were found in the data directory"
    # The parent was a quarter-size draft and this iteration did not ask for another size.
    info = probe(Path(second["video"]))
    assert (info.width, info.height) == (270, 480)
    assert second["render_work"]["reused_frames"] > 0, "frames of the parent's video were reused"
    job = world.db.get_one(VideoJob, second["job_id"])
    world.db.refresh(job)
    assert job.render_scale == 0.25 and job.model == "offline"


def test_an_iteration_can_change_what_it_inherits(first: dict[str, Any], world: World) -> None:
    options = JobOptions(render_scale=0.5, burn_captions=True)
    job = iterate_video(world.db, world.creator, first["job_id"], "make the hook louder", options)
    assert job.render_scale == 0.5 and job.burn_captions is True and job.model == "offline"
    plain = iterate_video(world.db, world.creator, first["job_id"], "make the hook quieter")
    assert plain.render_scale == 0.25 and plain.burn_captions is False
    # Only their options mattered: later tests' `worker --once` would otherwise make both videos too.
    for queued in (job, plain):
        assert queued.id is not None
        cancel_job(world.db, world.creator, queued.id)


def test_show_follow_prints_the_events_of_a_job_another_process_runs(
    first: dict[str, Any], world: World
) -> None:
    job = iterate_video(world.db, world.creator, first["job_id"], "change the CTA to 'Start today'")
    command = [sys.executable, "-m", "cli", "show", str(job.id), "--follow"]
    follower = subprocess.Popen(command, env=world.environment(), stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)
    assert follower.poll() is None, "the follower waits for a job that has not started"
    worker = subprocess.run(
        [sys.executable, "-m", "cli", "worker", "--once"],
        env=world.environment(),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert worker.returncode == 0, worker.stderr
    lines, _ = follower.communicate(timeout=60)
    assert follower.returncode == 0
    printed = lines.splitlines()
    assert any("status   gathering_context" in line for line in printed)
    assert any("preview  ready: 1080x1920, 450 frames at 30 fps" in line for line in printed)
    assert any(line.split(" ", 1)[1].startswith("render ") for line in printed)
    assert "completed: video" in printed[-1]
