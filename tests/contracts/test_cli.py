"""`ppr-video render COMPOSITION --props props.json`: bad props fail at once with one line naming the field
(no engine started, no traceback); seed-shaped props render."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import commands  # noqa: F401  (registers the commands on the app)
from cli.app import app
from tests.contracts import samples
from video.engine.media import probe

runner = CliRunner()


def props_file(tmp_path: Path, props: dict[str, object]) -> Path:
    path = tmp_path / "props.json"
    path.write_text(json.dumps(props))
    return path


@pytest.mark.parametrize(
    ("path", "value", "line"),
    [
        ("price", "forty", 'price: expected a number, got "forty"'),
        ("script.scenes.0.emphasis", "warm", 'script.scenes.0.emphasis: expected a list, got "warm"'),
        (
            "script.scenes.2.duration",
            -3,
            "script.scenes.2.duration: expected a number greater than 0, got -3",
        ),
    ],
)
def test_bad_props_fail_with_one_line(tmp_path: Path, path: str, value: object, line: str) -> None:
    bad = props_file(tmp_path, samples.changed(samples.course(), path, value))
    result = runner.invoke(
        app, ["render", "CoursePromoTemplate", "--props", str(bad), "--out", str(tmp_path / "out.mp4")]
    )
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    lines = [text for text in result.output.splitlines() if text.strip()]
    assert lines == [f"error: {line}"]
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.mp4").exists()


@pytest.mark.render
def test_seed_shaped_course_props_render(tmp_path: Path) -> None:
    good = props_file(tmp_path, samples.course())
    out = tmp_path / "course.mp4"
    args = ["--props", str(good), "--out", str(out), "--scale", "0.25", "--frames", "0-4"]
    result = runner.invoke(app, ["render", "CoursePromoTemplate", *args])
    assert result.exit_code == 0, result.output
    info = probe(out)
    assert (info.frames, info.width, info.height) == (5, 270, 480)
