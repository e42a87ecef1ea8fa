"""A vision-model judge: pydantic-evals' LLMJudge scores five qualities of the video from 0 to 100 on the
contact sheet and chosen frames (BinaryContent), following prompts/evals/judge_rubric.md.jinja. Its answer
is structured (LLMJudge's GradingOutput); an answer that cannot be parsed, or a score outside 0-100, makes
the evaluator fail, and a case with a failed evaluator never passes."""

import asyncio
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from pydantic_ai import BinaryContent
from pydantic_ai.models import Model
from pydantic_evals.evaluators import EvaluationReason, EvaluatorContext, LLMJudge

from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores
from evals.output import EvalOutput
from video.text_templates import render

DEFAULT_ANTHROPIC_JUDGE = "anthropic:claude-opus-4-6"
DEFAULT_OPENROUTER_JUDGE = "openrouter:anthropic/claude-opus-4.6"
FULL_FRAMES = 4
RUBRIC = "evals/judge_rubric.md.jinja"


@dataclass(frozen=True)
class Quality:
    key: str
    title: str
    question: str
    bands: tuple[str, ...]


QUALITIES = (
    Quality(
        "judge_hook",
        "Hook",
        "do the first frames stop a viewer scrolling past: a bold, specific promise or question about this "
        "product, readable at a glance, rather than a generic line that fits any video?",
        (
            "90-100: specific to this product and impossible to scroll past",
            "70-89: clear and relevant, but a viewer has seen its like before",
            "40-69: generic, slow to appear, or hard to read",
            "0-39: no hook, an empty or broken first frame",
        ),
    ),
    Quality(
        "judge_clarity",
        "Clarity",
        "can a viewer tell what is offered, to whom, for how much and where to get it, from the frames "
        "alone?",
        (
            "90-100: every frame says one thing plainly; offer, price and where to buy are obvious",
            "70-89: the offer is clear, a detail (price, audience, where) takes effort",
            "40-69: a viewer would have to guess what is being sold",
            "0-39: unreadable, cut off, or contradictory",
        ),
    ),
    Quality(
        "judge_hierarchy",
        "Hierarchy",
        "does each frame lead the eye: one focal point, then supporting text, sized and weighted in order, "
        "inside the safe area, nothing overlapping or cramped?",
        (
            "90-100: one obvious focal point per frame, calm supporting text, generous space",
            "70-89: a clear order with a frame or two that crowds or competes",
            "40-69: several elements fight for attention, or text overlaps or crowds the edges",
            "0-39: no order; overlapping, clipped or tiny text",
        ),
    ),
    Quality(
        "judge_motion",
        "Motion",
        "judging from the sequence of frames, does the video move with purpose: scenes that change layout "
        "and energy, elements that enter and leave, a build towards the call to action, not the same static "
        "card repeated?",
        (
            "90-100: every scene looks different and the energy builds to the end",
            "70-89: varied, with a stretch that feels static or repetitive",
            "40-69: mostly the same layout scene after scene",
            "0-39: static slides, or frames that show nothing",
        ),
    ),
    Quality(
        "judge_brand_finish",
        "Brand finish",
        "does the video look like it comes from this store: its brand colours (in the brief) used for "
        "backgrounds and accents, consistent type, a polished, professional finish?",
        (
            "90-100: unmistakably the store's colours and a finish worth paying for",
            "70-89: on brand with a rough edge or an off-palette element",
            "40-69: generic colours that ignore the brand, or an amateur finish",
            "0-39: clashing colours, broken images or unfinished frames",
        ),
    ),
)


def judge_model_name(model_option: str | None, environ: Mapping[str, str] = os.environ) -> str | None:
    """The judge's model when a key allows one: the run's own provider, else Claude when ANTHROPIC_API_KEY
    is set; None (no judge) without a key."""
    provider, _, name = (model_option or environ.get("PPR_VIDEO_MODEL") or "").strip().partition(":")
    if provider == "openrouter" and environ.get("OPENROUTER_API_KEY", "").strip():
        return f"openrouter:{name}" if name else DEFAULT_OPENROUTER_JUDGE
    if environ.get("ANTHROPIC_API_KEY", "").strip():
        return f"anthropic:{name}" if provider == "anthropic" and name else DEFAULT_ANTHROPIC_JUDGE
    return None


def judge_material(output: EvalOutput) -> list[str | BinaryContent] | None:
    """The contact sheet and up to FULL_FRAMES of the checked frames, evenly spread; None without frames."""
    seen = output.seen
    if seen is None or seen.contact_sheet is None:
        return None
    material: list[str | BinaryContent] = [
        "Contact sheet:",
        BinaryContent(seen.contact_sheet.read_bytes(), media_type="image/png"),
    ]
    checked = [frame for frame in seen.frames if frame.checked and frame.png is not None]
    step = max(1, len(checked) // FULL_FRAMES)
    for frame in checked[::step][:FULL_FRAMES]:
        assert frame.png is not None
        material.append(f"Frame {frame.frame} ({frame.scene or 'no scene'}):")
        material.append(BinaryContent(frame.png.read_bytes(), media_type="image/png"))
    return material


def rubric(quality: Quality, case: CaseInput) -> str:
    brief = case.brief.model_dump(mode="json", exclude_none=True)
    return render(
        RUBRIC,
        title=quality.title,
        question=quality.question,
        bands=quality.bands,
        brief_json=json.dumps(brief, indent=2, ensure_ascii=False),
    )


@dataclass(repr=False)
class VisualJudge(CaseEvaluator):
    model: Model | str

    async def evaluate(self, ctx: EvaluatorContext[CaseInput, EvalOutput, None]) -> Scores:
        material = judge_material(ctx.output)
        if material is None:
            return {}
        case: EvaluatorContext[Any, Any, Any] = ctx
        pictures = replace(case, output=material)
        verdicts = await asyncio.gather(
            *(self._judge(quality, ctx.inputs, pictures) for quality in QUALITIES)
        )
        return dict(verdicts)

    async def _judge(
        self, quality: Quality, case: CaseInput, pictures: EvaluatorContext[Any, Any, Any]
    ) -> tuple[str, EvaluationReason]:
        judge = LLMJudge(
            rubric=rubric(quality, case),
            model=self.model,
            score={"evaluation_name": quality.key, "include_reason": True},
            assertion=False,
        )
        answer = await judge.evaluate(pictures)
        found = answer.get(quality.key) if isinstance(answer, Mapping) else None
        verdict = found if isinstance(found, EvaluationReason) else EvaluationReason(value=found or "")
        value = verdict.value
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise ValueError(
                f"the judge scored {quality.title.lower()} {value!r}, not a number from 0 to 100"
            )
        return quality.key, verdict

    def build_serialization_arguments(self) -> dict[str, Any]:
        model = self.model
        return {"model": model.model_id if isinstance(model, Model) else model}
