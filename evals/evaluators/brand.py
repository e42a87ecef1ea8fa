"""`brand_adherence`: how closely the MP4's colours follow the store's brand colours, both ways.

Half the score is the video's side: of each frame's dominant colours, the share (by area) within NEAR of
some brand colour, averaged over the frames. The other half is the brand's side: which of its background,
primary and accent appear at all, among the dominant colours or the small vivid ones (an accent may be just
a button; the secondary is left out, as it is often a tint of the primary). A video in its brand's colours
scores near 1; a light brand rendered dark and orange about half."""

from dataclasses import dataclass

from pydantic_evals.evaluators import EvaluatorContext

from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores, score
from evals.evaluators.colour_distance import nearest_distances
from evals.output import EvalOutput

# CIE76 distance under which a colour counts as the brand's: a tint or shade of it, not another hue.
NEAR = 25.0


@dataclass(repr=False)
class BrandAdherence(CaseEvaluator):
    def evaluate(self, ctx: EvaluatorContext[CaseInput, EvalOutput, None]) -> Scores:
        seen = ctx.output.seen
        if seen is None or not seen.colours:
            return {}
        brand = ctx.inputs.brief.store.brand
        palette = [brand.primary, brand.secondary, brand.accent, brand.background]
        shares = []
        for frame in seen.colours:
            distances = nearest_distances([colour.hex for colour in frame.colours], palette)
            total = sum(colour.share for colour in frame.colours)
            near = sum(
                colour.share
                for colour, distance in zip(frame.colours, distances, strict=True)
                if distance <= NEAR
            )
            shares.append(near / total if total else 0.0)
        area = sum(shares) / len(shares)
        every_colour = sorted(
            {colour.hex for frame in seen.colours for colour in [*frame.colours, *frame.accents]}
        )
        marks = {"background": brand.background, "primary": brand.primary, "accent": brand.accent}
        distances = nearest_distances(list(marks.values()), every_colour)
        missing = [
            f"{name} {colour}"
            for (name, colour), distance in zip(marks.items(), distances, strict=True)
            if distance > NEAR
        ]
        present = 1 - len(missing) / len(marks)
        reason = f"{area:.0%} of the frames' dominant colours are the brand's"
        if missing:
            reason += "; not seen: " + ", ".join(missing)
        return {"brand_adherence": score((area + present) / 2, reason)}
