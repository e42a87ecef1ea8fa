"""What every evaluator of the harness shares: the case types, and the rule that a number a case cannot
have (no video, no voice) is left out rather than scored."""

from collections.abc import Mapping

from pydantic_evals.evaluators import EvaluationReason, Evaluator

from evals.dataset import CaseInput
from evals.output import EvalOutput

Scores = Mapping[str, EvaluationReason]
CaseEvaluator = Evaluator[CaseInput, EvalOutput, None]


def score(value: float, reason: str | None = None) -> EvaluationReason:
    return EvaluationReason(
        value=round(value, 4) if isinstance(value, float) else value, reason=reason or None
    )
