"""Thresholds, the run's results and its report against a baseline."""

from pathlib import Path

from evals.baseline import against_baseline, change
from evals.report.write import write_reports
from evals.results import CaseResult, RunResults, summarise
from evals.thresholds import ENFORCED, THRESHOLDS, misses

GOOD = {
    "completed": 1.0,
    "duration_error_frames": 0.0,
    "security_violations": 0.0,
    "layout_errors": 0.0,
    "facts_present": 1.0,
    "caption_quality": 1.0,
    "brand_adherence": 0.9,
}


def test_the_enforced_thresholds_are_the_issue_s_ci_bar() -> None:
    assert [threshold.describe() for threshold in ENFORCED] == [
        "completed >= 1",
        "duration_error_frames <= 0",
        "security_violations <= 0",
        "layout_errors <= 0",
        "facts_present >= 1",
        "caption_quality >= 1",
        "brand_adherence >= 0.8",
        "request_coverage >= 0.8",
    ]
    assert ENFORCED == THRESHOLDS


def test_missing_numbers_of_a_completed_video_are_misses() -> None:
    assert misses(GOOD) == []
    without_layout = {key: value for key, value in GOOD.items() if key != "layout_errors"}
    assert [threshold.key for threshold in misses(without_layout)] == ["layout_errors"]
    assert [threshold.key for threshold in misses({"completed": 0})] == ["completed"]
    assert [threshold.key for threshold in misses({})] == ["completed"]


def _results(*cases: CaseResult) -> RunResults:
    return RunResults(cases=list(cases), summary=summarise(cases))


def test_the_report_shows_what_got_better_or_worse(tmp_path: Path) -> None:
    sheet = tmp_path / "a" / "eval-frames" / "contact-sheet.png"
    sheet.parent.mkdir(parents=True)
    sheet.write_bytes(b"png")
    before = _results(CaseResult(name="a", scores=GOOD | {"layout_warnings": 2}, passed=True))
    now = _results(
        CaseResult(
            name="a",
            scores=GOOD | {"layout_warnings": 5, "brand_adherence": 0.95},
            passed=True,
            reasons={"layout_warnings": "contrast at 12"},
            folder=tmp_path / "a",
            contact_sheet=sheet,
        )
    )
    changes = {item.key: item.change for item in against_baseline(now, before)}
    assert changes["layout_warnings"] == "worse"
    assert changes["brand_adherence"] == "better"
    assert changes["facts_present"] == "same"
    now.summary.against_baseline = against_baseline(now, before)
    written = write_reports(now, before, tmp_path)
    assert [path.name for path in written] == ["results.json", "report.md", "report.html"]
    markdown, html = written[1].read_text(), written[2].read_text()
    assert "| `layout_warnings` | 5 | 2 | ▼ worse | contrast at 12 |" in markdown
    assert "![a contact sheet](a/eval-frames/contact-sheet.png)" in markdown
    assert '<img src="a/eval-frames/contact-sheet.png"' in html
    assert RunResults.model_validate_json(written[0].read_text()) == now


def test_change_follows_each_key_s_direction() -> None:
    assert change("layout_errors", 2, 0) == "better"
    assert change("facts_present", 1, 0.75) == "worse"
    assert change("min_contrast", 4.5, 4.501) == "same"
