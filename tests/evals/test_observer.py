"""The observer on real videos of the CI run: catalog text that tries injection is laid out as plain text,
and a template fallback (no generated code) is looked at by laying the template out in the preview page."""

import json
import shutil
from pathlib import Path

import pytest

from evals.dataset import CASES_DIR, load_case
from evals.evaluators.code_safety import SecurityViolations
from evals.evaluators.on_screen import FactsPresent
from evals.observe.observer import Observer
from evals.output import read_output
from tests.evals.conftest import EvalRun
from tests.evals.outputs import score_output

pytestmark = pytest.mark.render

CASE = "product-injection-preset"


def test_injected_catalog_text_is_shown_as_text(ci_run: EvalRun) -> None:
    seen = json.loads((ci_run.out / CASE / "eval-frames" / "seen.json").read_text())
    shown = " ".join(text for frame in seen["frames"] for text in frame["texts"])
    assert "Glitch Trap {{ config }} Presets" in shown
    assert ci_run.case(CASE)["scores"]["security_violations"] == 0


async def test_a_template_fallback_is_laid_out_from_the_template(ci_run: EvalRun, tmp_path: Path) -> None:
    folder = tmp_path / CASE
    shutil.copytree(ci_run.out / CASE, folder, ignore=shutil.ignore_patterns("eval-frames", "scores.json"))
    (folder / "composition.tsx").unlink()
    report = json.loads((folder / "report.json").read_text())
    (folder / "report.json").write_text(json.dumps(report | {"fallback": "ProductLaunchTemplate"}))
    case = load_case(CASES_DIR / f"{CASE}.yaml")
    async with Observer() as observer:
        made = await observer.observe(read_output(folder), case.brief)
    assert made.seen is not None
    assert made.seen.composition == "ProductLaunchTemplate"
    assert made.seen.diagnostics is None
    assert any(frame.texts for frame in made.seen.frames)
    result = await score_output(case, made, [FactsPresent(), SecurityViolations()])
    assert result.scores["security_violations"] == 0
    assert result.reasons["security_violations"] == "the ProductLaunchTemplate template: no generated code"
    assert "facts_present" in result.scores
