"""`ppr-video iterate`, `versions`, `show` and `library`: a third version made from the second through the
command line, the thread's history, and one-line errors for ids that do not exist."""

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from agent.offline.director.design import read_design
from agent.runner import JobOutcome
from cli import commands  # noqa: F401  (registers the commands)
from cli.app import app
from domain.script import VideoScript
from store.jobs import generate
from store.models import VideoJob
from store.requests import video_request
from store.versions import get_thread_versions
from tests.iteration.conftest import Studio
from video.engine.media import probe

pytestmark = pytest.mark.render

runner = CliRunner()
GENERATE_KEYS = {"job_id", "status", "video", "thumbnail", "script", "composition", "duration_s", "timings"}
GENERATE_KEYS |= {"validation", "fallback", "model"}


def script_of(report: dict[str, Any]) -> VideoScript:
    return VideoScript.model_validate_json(Path(report["script"]).read_text())


@pytest.fixture(scope="module")
def third(
    studio: Studio, faster_blue: JobOutcome, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """Version 3 from version 2 (not from the original), through the CLI: its --json report."""
    second = faster_blue.job
    out = tmp_path_factory.mktemp("third-version")
    result = runner.invoke(
        app,
        [
            "iterate",
            str(second.id),
            "make it shorter and calmer, with different images",
            "--json",
            "--scale",
            "0.1",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_iterate_prints_the_generate_report_with_version_and_parent(
    third: dict[str, Any], faster_blue: JobOutcome, studio: Studio
) -> None:
    second = faster_blue.job
    assert GENERATE_KEYS | {"version", "parent_job_id"} <= set(third)
    assert third["status"] == "completed" and third["model"] == "offline"
    assert third["parent_job_id"] == second.id
    latest = max(
        version.version for version in get_thread_versions(studio.db, studio.creator, second.thread_id)
    )
    assert third["version"] == latest and third["version"] > second.version
    assert third["duration_s"] == 10
    assert abs(probe(Path(third["video"])).frames - 300) <= 1
    # New images were asked for, and shorter narration had to be recorded; nothing else was generated.
    assert set(third["asset_work"]) == {"images", "voice"}


def test_a_version_made_from_version_two_keeps_what_version_two_changed(
    third: dict[str, Any], faster_blue: JobOutcome
) -> None:
    script = script_of(third)
    assert script.color_palette.primary == "#60A5FA" and script.scenes[-1].emphasis == "Join the course"
    assert script.total_duration == 10
    design = read_design(Path(third["composition"]).read_text())
    assert design is not None and design.pace == 1.55 and design.show_price is False and design.energy <= 0.3


async def test_the_third_version_frames_are_still_blue_with_the_new_button(
    third: dict[str, Any], studio: Studio
) -> None:
    job = studio.db.get(VideoJob, third["job_id"])
    assert job is not None
    studio.db.refresh(job)
    script = script_of(third)
    cta_start = script.scene_starts()[-1]
    hook, cta = 45, cta_start + script.scenes[-1].duration_frames() // 2
    frames = await studio.read_frames(job, [hook, cta])
    assert frames[hook].hue_shares()["blue"] > 0.6
    assert "Join the course" in frames[cta].text()


def test_versions_lists_the_thread_by_job_or_thread_id(
    third: dict[str, Any], faster_blue: JobOutcome, parent: VideoJob
) -> None:
    shown = runner.invoke(app, ["versions", str(parent.id)])
    assert shown.exit_code == 0, shown.output
    assert "Version 1 (original)" in shown.output and "Version 2" in shown.output
    listed = runner.invoke(app, ["versions", parent.thread_id, "--json"])
    assert listed.exit_code == 0, listed.output
    versions = {row["job_id"]: row for row in json.loads(listed.stdout)}
    assert versions[third["job_id"]]["parent_id"] == faster_blue.job.id
    assert versions[faster_blue.job.id]["parent_id"] == parent.id
    assert versions[third["job_id"]]["video_path"] == third["video"]


def test_show_and_library_describe_the_new_version(third: dict[str, Any]) -> None:
    shown = runner.invoke(app, ["show", str(third["job_id"]), "--json"])
    assert shown.exit_code == 0, shown.output
    details = json.loads(shown.stdout)
    assert details["feedback"] == "make it shorter and calmer, with different images"
    assert details["parent_job_id"] == third["parent_job_id"] and details["asset_work"] == ["images", "voice"]
    assert details["render_work"]["frames"] == details["render_work"]["painted_frames"] > 0
    table = runner.invoke(app, ["show", str(third["job_id"])])
    assert table.exit_code == 0 and "asset work" in table.output
    assert (
        f"{details['render_work']['frames']} of {details['render_work']['frames']} frames painted"
        in table.output
    )
    library = runner.invoke(app, ["library", "--json"])
    assert library.exit_code == 0, library.output
    entries = {entry["job_id"]: entry for entry in json.loads(library.stdout)}
    assert entries[third["job_id"]]["video_path"] == third["video"]
    assert entries[third["job_id"]]["version"] == third["version"]
    assert runner.invoke(app, ["library"]).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["iterate", "999999", "make it faster"], "job 999999: no such job among your videos"),
        (["show", "999999"], "job 999999: no such job among your videos"),
        (["versions", "999999"], "job 999999: no such job among your videos"),
        (["versions", "deadbeef"], "thread deadbeef: no such thread among your videos"),
        (["library", "--store", "nope"], "store: you have no store 'nope'"),
    ],
)
def test_unknown_ids_are_one_line_errors(studio: Studio, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_only_a_completed_video_with_feedback_can_be_iterated(studio: Studio, parent: VideoJob) -> None:
    empty = runner.invoke(app, ["iterate", str(parent.id), "   "])
    assert empty.exit_code == 2 and "feedback: say what to change" in empty.output
    queued = generate(studio.db, studio.creator, video_request(course="saturation-secrets", duration=15))
    result = runner.invoke(app, ["iterate", str(queued.id), "make it faster"])
    assert result.exit_code == 2 and "only a completed video can be iterated on" in result.output
