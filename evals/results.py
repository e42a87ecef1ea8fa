"""A run's results in the shape reports, `--json` and CI read: each case's numbers, whether it passed and
why not, and a summary with the thresholds and the change against the baseline."""

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, Field
from pydantic_evals.reporting import EvaluationReport

from evals.dataset import CaseInput
from evals.keys import SCORE_KEYS
from evals.output import EvalOutput
from evals.thresholds import THRESHOLDS, misses


class CaseResult(BaseModel):
    name: str
    scores: dict[str, float]
    passed: bool
    failed: list[str] = Field(default_factory=list, description="enforced thresholds missed, errors")
    pending: list[str] = Field(default_factory=list, description="thresholds not enforced yet, missed")
    reasons: dict[str, str] = Field(default_factory=dict)
    folder: Path | None = None
    contact_sheet: Path | None = None


class ThresholdTally(BaseModel):
    threshold: str
    enforced: bool
    met: int
    of: int
    waits_for: str = ""


class KeyChange(BaseModel):
    key: str
    baseline: float
    now: float
    change: str = Field(description="better, worse or same")


class Summary(BaseModel):
    cases: int
    passed: int
    failed_cases: list[str]
    means: dict[str, float]
    thresholds: list[ThresholdTally]
    against_baseline: list[KeyChange] = Field(default_factory=list)


class RunResults(BaseModel):
    cases: list[CaseResult]
    summary: Summary

    def to_json(self) -> dict[str, object]:
        """What `--json` prints: {"cases": [{"name", "scores", "passed", ...}], "summary": {...}}."""
        return self.model_dump(mode="json")


Report = EvaluationReport[CaseInput, EvalOutput, None]


def case_results(report: Report) -> list[CaseResult]:
    results = []
    for case in report.cases:
        scores = {name: float(result.value) for name, result in case.scores.items()}
        reasons = {name: result.reason for name, result in case.scores.items() if result.reason}
        failed = [f"{failure.name} failed: {failure.error_message}" for failure in case.evaluator_failures]
        missed = misses(scores)
        failed += [f"{t.describe()} (got {_shown(scores.get(t.key))})" for t in missed if t.enforced]
        pending = [f"{t.describe()} (got {_shown(scores.get(t.key))})" for t in missed if not t.enforced]
        seen = case.output.seen
        results.append(
            CaseResult(
                name=case.name,
                scores=scores,
                passed=not failed,
                failed=failed,
                pending=pending,
                reasons=reasons,
                folder=case.output.folder,
                contact_sheet=seen.contact_sheet if seen else None,
            )
        )
    for failure in report.failures:
        results.append(
            CaseResult(
                name=failure.name,
                scores={"completed": 0.0},
                passed=False,
                failed=[f"the case could not run: {failure.error_message}"],
            )
        )
    return sorted(results, key=lambda result: result.name)


def _shown(value: float | None) -> str:
    return "nothing" if value is None else f"{value:g}"


def summarise(cases: Sequence[CaseResult]) -> Summary:
    means = {}
    for key in SCORE_KEYS:
        values = [case.scores[key] for case in cases if key in case.scores]
        if values:
            means[key] = round(sum(values) / len(values), 4)
    tallies = []
    for threshold in THRESHOLDS:
        applicable = [
            case
            for case in cases
            if threshold.key in case.scores
            or threshold.key == "completed"
            or (threshold.required and case.scores.get("completed") == 1)
        ]
        met = [case for case in applicable if threshold not in misses(case.scores, (threshold,))]
        tallies.append(
            ThresholdTally(
                threshold=threshold.describe(),
                enforced=threshold.enforced,
                met=len(met),
                of=len(applicable),
                waits_for=threshold.waits_for,
            )
        )
    return Summary(
        cases=len(cases),
        passed=sum(case.passed for case in cases),
        failed_cases=[case.name for case in cases if not case.passed],
        means=means,
        thresholds=tallies,
    )
