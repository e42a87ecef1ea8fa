"""The report's content, computed once for both formats: rows of numbers with their change against the
baseline, thresholds, and each case with its contact sheet relative to the report."""

import os
from dataclasses import dataclass, field
from pathlib import Path

from evals.baseline import change
from evals.keys import SCORE_KEYS
from evals.results import CaseResult, RunResults, Summary

ARROWS = {"better": "▲ better", "worse": "▼ worse", "same": "="}


@dataclass
class ScoreRow:
    key: str
    value: str
    baseline: str = ""
    change: str = ""
    reason: str = ""


@dataclass
class CaseView:
    name: str
    passed: bool
    failed: list[str]
    pending: list[str]
    rows: list[ScoreRow]
    contact_sheet: str | None
    folder: str | None


@dataclass
class ReportView:
    title: str
    summary: Summary
    cases: list[CaseView] = field(default_factory=list)


def number(value: float) -> str:
    return (
        f"{value:g}" if float(value).is_integer() else f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"
    )


def _relative(path: Path | None, out: Path) -> str | None:
    if path is None:
        return None
    return Path(os.path.relpath(path, out)).as_posix()


def _case_view(case: CaseResult, before: CaseResult | None, out: Path) -> CaseView:
    rows = []
    for key in [key for key in SCORE_KEYS if key in case.scores]:
        row = ScoreRow(key=key, value=number(case.scores[key]), reason=case.reasons.get(key, ""))
        if before is not None and key in before.scores:
            row.baseline = number(before.scores[key])
            row.change = ARROWS[change(key, before.scores[key], case.scores[key])]
        rows.append(row)
    return CaseView(
        name=case.name,
        passed=case.passed,
        failed=case.failed,
        pending=case.pending,
        rows=rows,
        contact_sheet=_relative(case.contact_sheet, out),
        folder=_relative(case.folder, out),
    )


def report_view(results: RunResults, baseline: RunResults | None, out: Path) -> ReportView:
    earlier = {case.name: case for case in baseline.cases} if baseline else {}
    view = ReportView(title="PPR Video Studio evals", summary=results.summary)
    view.cases = [_case_view(case, earlier.get(case.name), out) for case in results.cases]
    return view
