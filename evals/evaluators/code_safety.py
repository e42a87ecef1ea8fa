"""`security_violations`: the security validator's findings on the final composition, checked again."""

from dataclasses import dataclass

from pydantic_evals.evaluators import EvaluatorContext

from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores, score
from evals.output import EvalOutput


@dataclass(repr=False)
class SecurityViolations(CaseEvaluator):
    def evaluate(self, ctx: EvaluatorContext[CaseInput, EvalOutput, None]) -> Scores:
        seen = ctx.output.seen
        if seen is None:
            return {}
        if seen.diagnostics is None:
            if seen.composition == "DynamicVideo":
                return {}
            return {"security_violations": score(0, f"the {seen.composition} template: no generated code")}
        findings = [item for item in seen.diagnostics if item.check == "security"]
        reason = "; ".join(item.render() for item in findings[:5]) or None
        return {"security_violations": score(len(findings), reason)}
