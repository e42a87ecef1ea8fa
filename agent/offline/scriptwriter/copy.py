"""Scene copy written from the catalog: headlines, subheads, bullets and the CTA, varied by style.

Everything here is data for the script (and so for the video's props); none of it is ever spliced into
code."""

import hashlib
import re

from agent.offline.scriptwriter.subjects import Subject
from domain.script import VideoFacts
from store.context import VideoContext

STYLES = ("hype", "educational", "cinematic", "minimalist")
CTA_HEADLINES = {
    "hype": "Level up today",
    "educational": "Start learning today",
    "cinematic": "Your sound starts here",
    "minimalist": "Start now",
}
WORD = re.compile(r"[A-Za-z0-9'&+-]+")
# Modules or features a scene lists.
SOLUTION_LINES = 4


def pick(options: list[str], seed: str) -> str:
    """A deterministic choice: the same job always gets the same line."""
    index = int(hashlib.sha256(seed.encode()).hexdigest(), 16) % len(options)
    return options[index]


def clip_words(text: str, max_words: int) -> str:
    words = text.split()
    return text if len(words) <= max_words else " ".join(words[:max_words]).rstrip(",.;:") + "…"


def first_sentence(text: str | None, max_words: int = 16) -> str | None:
    if not text:
        return None
    sentence = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return clip_words(sentence, max_words)


def hook(
    style: str, subject: Subject, facts: VideoFacts, context: VideoContext, genre: str | None = None
) -> tuple[str, str | None]:
    """The hook's headline, about what the video promotes (in the style's voice, with its genre when the
    text names one), and its subhead: the description's first sentence, or a brand video's prompt."""
    lines = subject.hooks[style]
    if genre and subject.genre_hooks and style in ("hype", "minimalist"):
        lines = tuple(line.format(genre=genre) for line in subject.genre_hooks)
    line = pick(list(lines), f"{facts.title}:{style}")
    line = line[:1].upper() + line[1:]
    prompt_line = first_sentence(_pitch_of(context.prompt), 12) if facts.kind == "brand" else None
    return line, prompt_line or first_sentence(facts.description, 12)


def _pitch_of(prompt: str) -> str:
    """What a brand video's prompt says about the store: the part after a colon ("A calm brand video for X:
    courses and sounds made by..."), else all of it."""
    _, colon, rest = prompt.partition(":")
    pitch = rest.strip() if colon and len(rest.split()) >= 4 else prompt.strip()
    return pitch[:1].upper() + pitch[1:]


def emphasis_of(headline: str) -> str:
    """The phrase a scene highlights: its last two words."""
    words = WORD.findall(headline)
    return " ".join(words[-2:]) if len(words) >= 2 else headline


def solution_lines(facts: VideoFacts, subject: Subject) -> list[str]:
    if facts.modules:
        return [clip_words(module, 7) for module in facts.modules[:SOLUTION_LINES]]
    if facts.features:
        return [clip_words(feature, 7) for feature in facts.features[:SOLUTION_LINES]]
    return {
        "music business": [
            "Sell courses and sample packs",
            "Automate your fan emails",
            "Grow with follow gates",
        ],
    }.get(
        subject.name, ["Courses from working producers", "Sample packs and presets", "Beats ready to lease"]
    )


def proof_lines(facts: VideoFacts, context: VideoContext) -> tuple[str, str | None, list[str]]:
    facts_shown: list[str] = []
    if facts.enrollment_count:
        facts_shown.append(f"{facts.enrollment_count:,} producers enrolled")
    if facts.average_rating and facts.review_count:
        facts_shown.append(f"Rated {facts.average_rating:.1f}/5 by {facts.review_count:,} reviewers")
    if context.analytics.sales_count and context.analytics.sales_count != facts.enrollment_count:
        facts_shown.append(f"{context.analytics.sales_count:,} sold")
    if facts.lesson_count:
        facts_shown.append(f"{facts.lesson_count} lessons")
    headline = facts_shown[0] if facts_shown else "Made by producers, for producers"
    subhead = facts_shown[1] if len(facts_shown) > 1 else None
    return headline, subhead, facts_shown[:3]


def offer_lines(facts: VideoFacts) -> tuple[str, str | None]:
    if facts.kind == "course":
        detail = " · ".join(
            part
            for part in (
                f"{facts.module_count} modules" if facts.module_count else "",
                f"{facts.lesson_count} lessons" if facts.lesson_count else "",
                "lifetime access",
            )
            if part
        )
        return (f"Get it for {facts.price_label}" if facts.price_label else "Enroll today"), detail
    if facts.kind == "product":
        kind = facts.product_type or "Pack"
        return (f"{kind} · {facts.price_label}" if facts.price_label else kind), "Instant download"
    return f"Everything in one place at {facts.domain}", None


def cta_headline(style: str) -> str:
    return CTA_HEADLINES[style]
