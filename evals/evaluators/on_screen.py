"""`facts_present` and `request_coverage`: what the frames SHOW (the texts the preview page lays out on
them), never what the script says."""

from dataclasses import dataclass

from pydantic_evals.evaluators import EvaluatorContext

from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores, score
from evals.evaluators.prompt_asks import prompt_asks
from evals.evaluators.text_match import is_call_to_action, shows, shows_number, shows_price
from evals.output import EvalOutput
from evals.seen import SeenVideo
from store.brief.model import Brief
from store.facts import price_label

Context = EvaluatorContext[CaseInput, EvalOutput, None]


def _title_and_price(brief: Brief) -> tuple[str, tuple[float, str] | None]:
    if brief.course is not None:
        return brief.course.title, (brief.course.price, brief.course.currency)
    if brief.product is not None:
        return brief.product.name, (brief.product.price, brief.product.currency)
    return brief.store.name, None


def _on_some_frame(seen: SeenVideo, wanted: str) -> bool:
    return any(shows(frame.texts, wanted) for frame in seen.frames)


def _cut_somewhere(seen: SeenVideo, wanted: str) -> bool:
    return any(shows(frame.cut_texts, wanted) for frame in seen.frames)


@dataclass(repr=False)
class FactsPresent(CaseEvaluator):
    """The share of the title, the price (or "free"), the store's domain and a call to action that some
    frame shows; left out when there is no video (`completed` is 0 then)."""

    def evaluate(self, ctx: Context) -> Scores:
        seen = ctx.output.seen
        if seen is None or seen.media is None:
            return {}
        if not seen.frames:
            return {"facts_present": score(0.0, "no frame of the video could be laid out")}
        brief = ctx.inputs.brief
        title, price = _title_and_price(brief)
        checks = {f"title {title!r}": _on_some_frame(seen, title)}
        if price is not None:
            amount, currency = price
            label = price_label(amount, currency)
            checks[f"price {label}"] = any(
                shows_price(frame.texts, amount, currency) for frame in seen.frames
            )
        checks[f"domain {brief.store.domain}"] = _on_some_frame(seen, brief.store.domain)
        checks["a call to action"] = any(is_call_to_action(text) for text in seen.all_texts())
        missing = [name for name, found in checks.items() if not found]
        reason = None
        if missing:
            reason = "not on any frame: " + ", ".join(missing)
            if _cut_somewhere(seen, title) and not checks[f"title {title!r}"]:
                reason += " (the title is cut by line-clamp or ellipsis)"
        return {"facts_present": score(sum(checks.values()) / len(checks), reason)}


@dataclass(repr=False)
class RequestCoverage(CaseEvaluator):
    """The share of the prompt's explicit asks (quoted phrases, codes, numbers, named items) that some frame
    shows; left out when the prompt asks for nothing specific."""

    def evaluate(self, ctx: Context) -> Scores:
        seen = ctx.output.seen
        asks = prompt_asks(ctx.inputs.brief.prompt)
        if seen is None or seen.media is None or not asks:
            return {}
        missing = []
        for ask in asks:
            check = shows_number if ask.kind == "number" else shows
            if not any(check(frame.texts, ask.text) for frame in seen.frames):
                missing.append(f"{ask.kind} {ask.text!r}")
        reason = "not on any frame: " + ", ".join(missing) if missing else None
        return {"request_coverage": score((len(asks) - len(missing)) / len(asks), reason)}
