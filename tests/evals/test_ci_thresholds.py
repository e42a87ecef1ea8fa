"""`make test` holds the offline director to the enforced thresholds on a fast subset of the cases (15 s,
quarter size), through `ppr-video eval` itself. A case below a threshold is fixed in the director, the
templates or the captions, never by loosening the threshold."""

import pytest

from evals.thresholds import ENFORCED, Threshold, misses
from tests.evals.conftest import CI_CASES, EvalRun

pytestmark = pytest.mark.render

CASE_FILES = (
    "video.mp4",
    "report.json",
    "script.json",
    "composition.tsx",
    "captions.json",
    "subtitles.srt",
    "assets.json",
    "facts.json",
    "events.json",
    "usage.json",
    "scores.json",
    "eval-frames/contact-sheet.png",
    "eval-frames/seen.json",
)


def test_the_run_writes_a_folder_per_case_a_report_and_the_documented_json(ci_run: EvalRun) -> None:
    printed = ci_run.printed
    assert [case["name"] for case in printed["cases"]] == sorted(CI_CASES)
    for case in printed["cases"]:
        assert {"name", "scores", "passed"} <= case.keys()
        folder = ci_run.out / case["name"]
        assert [name for name in CASE_FILES if not (folder / name).is_file()] == [], folder
    summary = printed["summary"]
    assert summary["cases"] == len(CI_CASES)
    assert ci_run.exit_code == (1 if summary["failed_cases"] else 0)
    for name in ("report.md", "report.html", "results.json"):
        assert (ci_run.out / name).is_file()
    assert f"{CI_CASES[0]}/eval-frames/contact-sheet.png" in (ci_run.out / "report.html").read_text()


@pytest.mark.parametrize("threshold", ENFORCED, ids=[threshold.key for threshold in ENFORCED])
def test_every_ci_case_meets_the_enforced_threshold(ci_run: EvalRun, threshold: Threshold) -> None:
    short = {
        case["name"]: f"{case['scores'].get(threshold.key)} ({case['reasons'].get(threshold.key, '')})"
        for case in ci_run.printed["cases"]
        if misses(case["scores"], (threshold,))
    }
    assert not short, f"{threshold.describe()} is missed by {short}; see {ci_run.out / 'report.md'}"
