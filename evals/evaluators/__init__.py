"""The evaluators, one module per group; each returns numbers under the fixed keys of evals/keys.py."""

from pydantic_ai.models import Model

from evals.evaluators.base import CaseEvaluator
from evals.evaluators.brand import BrandAdherence
from evals.evaluators.captions import CaptionQuality
from evals.evaluators.code_safety import SecurityViolations
from evals.evaluators.judge import VisualJudge
from evals.evaluators.layout import StillChecks
from evals.evaluators.on_screen import FactsPresent, RequestCoverage
from evals.evaluators.run_record import ModelRun, StepTimes, ValidationRecord, VideoExists
from evals.evaluators.subtitles import SubtitleSync


def case_evaluators(judge_model: Model | str | None = None) -> list[CaseEvaluator]:
    """Every evaluator of a case; the vision judge only when there is a model for it."""
    evaluators: list[CaseEvaluator] = [
        VideoExists(),
        ValidationRecord(),
        ModelRun(),
        StepTimes(),
        SecurityViolations(),
        StillChecks(),
        FactsPresent(),
        RequestCoverage(),
        BrandAdherence(),
        SubtitleSync(),
        CaptionQuality(),
    ]
    if judge_model is not None:
        evaluators.append(VisualJudge(model=judge_model))
    return evaluators
