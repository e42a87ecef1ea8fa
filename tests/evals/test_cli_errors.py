"""Errors a user can cause with `ppr-video eval` print one line that names the field and exit with 2,
before anything is rendered."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cli.commands.eval_commands  # noqa: F401  (registers `eval` on the app)
from cli.app import app
from evals.dataset import CASES_DIR

runner = CliRunner()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PPR_VIDEO_DATA_DIR", str(tmp_path / "data"))


def one_line_error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def test_a_cases_folder_without_briefs(tmp_path: Path) -> None:
    assert one_line_error(["eval", "--cases", str(tmp_path)]) == (
        f"error: --cases: no .yaml, .yml or .json brief files in {tmp_path}"
    )


def test_a_bad_brief_among_the_cases_names_its_field(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        (CASES_DIR / "product-free-midi.yaml").read_text().replace("price: 0", "price: -5")
    )
    assert one_line_error(["eval", "--cases", str(tmp_path)]).startswith(
        "error: bad.yaml: brief.product.price: must be"
    )


def test_score_needs_a_video_folder_and_a_brief(tmp_path: Path) -> None:
    brief = str(CASES_DIR / "product-free-midi.yaml")
    assert one_line_error(["eval", "score", str(tmp_path / "nope"), "--brief", brief]) == (
        f"error: OUT_DIR: {tmp_path / 'nope'} is not a folder"
    )
    assert "give a folder written by" in one_line_error(["eval", "score", str(tmp_path), "--brief", brief])
    assert one_line_error(["eval", "score", str(tmp_path)]) == (
        "error: --brief: give the brief file the video was made from"
    )
    assert one_line_error(["eval", "score", str(tmp_path), "--brief", str(tmp_path / "x.txt")]).startswith(
        "error: "
    )
