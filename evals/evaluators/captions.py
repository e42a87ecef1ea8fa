"""`caption_quality`: the share of four caption checks that pass (1 means the captions can be posted):
each platform's limits, hashtags that are real topics (not words cut from the title like #without or
#secrets), no hashtag twice in a caption, and no line said twice."""

import re
from collections import Counter
from dataclasses import dataclass

from pydantic_evals.evaluators import EvaluatorContext

from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores, score
from evals.evaluators.text_match import normal
from evals.output import EvalOutput
from store.brief.model import Brief
from store.facts import PRODUCT_TYPE_NAMES
from video.publishing.captions import (
    BASE_TAGS,
    EXTRA_TAGS,
    HASHTAG,
    KIND_TAGS,
    TRENDING_TAGS,
    Captions,
    caption_problems,
)

# Topics producers follow and search for: a title word that is one of these makes a fine hashtag.
MUSIC_TOPICS = frozenset(
    """saturation mixing mastering mix master synth synths synthesizer sounddesign drums drum 808 808s lofi
    trap drill hiphop rap rnb soul neosoul jazz funk house techno edm dubstep dnb ambient cinematic
    orchestral vocals vocal singer songwriter keys piano rhodes wurlitzer guitar bass bassline beats beat
    samples presets preset serum vital ableton flstudio logic logicpro protools midi chords melody
    production producer producers recording homestudio tape analog modular synthwave afrobeats reggaeton
    kpop jpop arrangement songwriting compression eq reverb foley sampling tutorial""".split()  # noqa: SIM905 (a word list)
)
TOPIC_TAGS = (
    MUSIC_TOPICS
    | {tag for tags in KIND_TAGS.values() for tag in tags}
    | {
        *BASE_TAGS,
        *TRENDING_TAGS,
        *EXTRA_TAGS,
    }
)
CAPTION_CHECKS = 4


def title_words(brief: Brief) -> set[str]:
    """The words of the title (or product name) and of the product type's name ("Sample pack")."""
    title = brief.course.title if brief.course else brief.product.name if brief.product else brief.store.name
    kind = PRODUCT_TYPE_NAMES[brief.product.type] if brief.product else ""
    return set(re.findall(r"\w+", normal(f"{title} {kind}")))


def cut_from_title(tags: list[str], brief: Brief) -> list[str]:
    """Hashtags that are a single word of the title or product type and not a topic anyone follows."""
    words = title_words(brief)
    return [tag for tag in tags if normal(tag) in words and normal(tag) not in TOPIC_TAGS]


def repeated_lines(text: str) -> list[str]:
    lines = Counter(normal(line).strip() for line in text.splitlines() if line.strip())
    return [line for line, count in lines.items() if count > 1]


def repeated_tags(text: str) -> list[str]:
    tags = Counter(normal(tag) for tag in HASHTAG.findall(text))
    return [tag for tag, count in tags.items() if count > 1]


def caption_failures(captions: Captions, brief: Brief) -> list[str]:
    """One line per failed check; empty when the captions pass."""
    failures = []
    limits = caption_problems(captions, brief.store.domain)
    if limits:
        failures.append("limits: " + "; ".join(limits))
    tags = [tag.lstrip("#") for text in captions.by_platform().values() for tag in HASHTAG.findall(text)]
    cut = cut_from_title(list(dict.fromkeys(tags)), brief)
    if cut:
        failures.append("hashtags cut from the title: " + " ".join(f"#{tag}" for tag in cut))
    doubled = {name: repeated_tags(text) for name, text in captions.by_platform().items()}
    if any(doubled.values()):
        failures.append("hashtag used twice: " + "; ".join(f"{k} {v}" for k, v in doubled.items() if v))
    repeated = {name: repeated_lines(text) for name, text in captions.by_platform().items()}
    if any(repeated.values()):
        failures.append("line repeated: " + "; ".join(f"{k} {v}" for k, v in repeated.items() if v))
    return failures


@dataclass(repr=False)
class CaptionQuality(CaseEvaluator):
    def evaluate(self, ctx: EvaluatorContext[CaseInput, EvalOutput, None]) -> Scores:
        captions = ctx.output.captions
        if captions is None:
            if ctx.output.status != "completed":
                return {}
            return {"caption_quality": score(0.0, "no captions.json")}
        failures = caption_failures(captions, ctx.inputs.brief)
        return {
            "caption_quality": score((CAPTION_CHECKS - len(failures)) / CAPTION_CHECKS, " | ".join(failures))
        }
