"""`ppr-video eval score` on a real video of the CI run: it catches a 5 s cut of the 15 s video, and a
price the video does not show (the brief says $49, the frames $29)."""

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from evals.dataset import CASES_DIR
from tests.evals.conftest import EvalRun, cli_env, ppr_video
from video.engine.media import compositor_tool, probe

pytestmark = pytest.mark.render

CASE = "product-injection-preset"


def copy_of_case(run: EvalRun, tmp_path: Path) -> Path:
    folder = tmp_path / CASE
    shutil.copytree(run.out / CASE, folder, ignore=shutil.ignore_patterns("scores.json", "eval-frames"))
    return folder


def score(run: EvalRun, folder: Path, brief: Path) -> tuple[int, dict[str, Any]]:
    done = ppr_video("eval", "score", str(folder), "--brief", str(brief), "--json", env=cli_env(run.data_dir))
    assert done.stdout.strip(), done.stderr[-3000:]
    [case] = json.loads(done.stdout)["cases"]
    assert json.loads((folder / "scores.json").read_text())["scores"] == case["scores"]
    return done.returncode, case


def test_score_catches_a_5_second_cut_of_a_15_second_video(ci_run: EvalRun, tmp_path: Path) -> None:
    folder = copy_of_case(ci_run, tmp_path)
    ffmpeg, env = compositor_tool("ffmpeg")
    cut = tmp_path / "cut.mp4"
    video = folder / "video.mp4"
    first_5_seconds = ["-frames:v", "150", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "copy"]
    subprocess.run(
        [str(ffmpeg), "-v", "error", "-i", str(video), *first_5_seconds, str(cut)], check=True, env=env
    )
    cut.replace(video)
    assert probe(video).frames == 150
    code, case = score(ci_run, folder, CASES_DIR / f"{CASE}.yaml")
    assert code == 1
    assert case["scores"]["duration_error_frames"] == 300
    assert "duration_error_frames <= 0 (got 300)" in case["failed"]
    assert case["scores"]["facts_present"] == 1


def test_score_catches_a_price_the_video_does_not_show(ci_run: EvalRun, tmp_path: Path) -> None:
    folder = copy_of_case(ci_run, tmp_path)
    brief = yaml.safe_load((CASES_DIR / f"{CASE}.yaml").read_text())
    assert brief["product"]["price"] == 29
    brief["product"]["price"] = 49
    other_price = tmp_path / "other-price.yaml"
    other_price.write_text(yaml.safe_dump(brief, allow_unicode=True))
    code, case = score(ci_run, folder, other_price)
    assert code == 1
    assert case["scores"]["duration_error_frames"] == 0
    assert case["scores"]["facts_present"] == 0.75
    assert case["reasons"]["facts_present"] == "not on any frame: price $49"
