"""`ppr-video validate`: exit 0 when it passes, 1 with diagnostics, 2 for usage errors named by option."""

import json
from pathlib import Path

from typer.testing import CliRunner

from cli import commands  # noqa: F401  (registers the commands on the app)
from cli.app import app
from tests.validation.corpus import CORPUS_DIR, SCRIPT_FILE

runner = CliRunner()
LEGIT = CORPUS_DIR / "legit" / "static_file_and_music.tsx"
HOSTILE = CORPUS_DIR / "hostile" / "while_true.tsx"


def test_a_passing_file_exits_0_and_prints_the_json_result() -> None:
    result = runner.invoke(
        app,
        [
            "validate",
            str(LEGIT),
            "--script",
            str(SCRIPT_FILE),
            "--assets",
            "https://assets.local/music.mp3",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert "exports" in report["js"]
    assert [item["code"] for item in report["diagnostics"]] == ["scene-count-mismatch"]


def test_a_failing_file_exits_1_and_lists_the_diagnostics(tmp_path: Path) -> None:
    assets = tmp_path / "assets.txt"
    assets.write_text("https://assets.local/music.mp3\n")
    result = runner.invoke(app, ["validate", str(HOSTILE), "--assets", f"@{assets}"])
    assert result.exit_code == 1, result.output
    assert "while_true.tsx:" in result.stdout and "[security/endless-loop]" in result.stdout
    assert "failed" in result.stderr


def test_usage_errors_exit_2_with_one_line_naming_the_option(tmp_path: Path) -> None:
    broken = tmp_path / "script.json"
    broken.write_text("{not json")
    not_a_script = tmp_path / "other.json"
    not_a_script.write_text(json.dumps({"totalDuration": 15}))
    cases = [
        (["validate", str(tmp_path / "missing.tsx")], "FILE"),
        (["validate", str(LEGIT), "--script", str(broken)], "--script"),
        (["validate", str(LEGIT), "--script", str(not_a_script)], "--script"),
        (["validate", str(LEGIT), "--assets", f"@{tmp_path / 'nope.txt'}"], "--assets"),
    ]
    for arguments, option in cases:
        result = runner.invoke(app, arguments)
        assert result.exit_code == 2, (arguments, result.output)
        message = result.stderr.strip()
        assert len(message.splitlines()) == 1 and option in message, message
