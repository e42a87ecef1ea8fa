"""`layout_errors`, `layout_warnings` and `min_contrast`: the still checks on the final composition's
frames, as the still checker picks them."""

from dataclasses import dataclass

from pydantic_evals.evaluators import EvaluatorContext

from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores, score
from evals.output import EvalOutput


@dataclass(repr=False)
class StillChecks(CaseEvaluator):
    def evaluate(self, ctx: EvaluatorContext[CaseInput, EvalOutput, None]) -> Scores:
        seen = ctx.output.seen
        if seen is None or (not seen.frames and not seen.issues):
            return {}
        errors = [issue for issue in seen.issues if issue.severity == "error"]
        warnings = [issue for issue in seen.issues if issue.severity == "warning"]
        scores = {
            "layout_errors": score(
                len(errors), "; ".join(f"frame {i.frame}: {i.message}" for i in errors[:5])
            ),
            "layout_warnings": score(
                len(warnings), "; ".join(f"{i.kind} at {i.frame}" for i in warnings[:8])
            ),
        }
        if seen.min_contrast is not None:
            scores["min_contrast"] = score(seen.min_contrast)
        return scores
