"""Copy changes a refinement makes to the script: hook lines in another tone, CTA alternatives, catalog facts
taken out of (or put into) the scenes, and the matching sentences of the voice-over."""

import re
from collections.abc import Callable

from agent.offline.scriptwriter import copy
from agent.offline.scriptwriter.subjects import Subject
from domain.script import Mood, VideoFacts, VideoScene
from store.context import VideoContext

HOOK_LINES = {
    "aggressive": [
        "Stop settling for weak {noun}.",
        "No more forgettable {noun}.",
        "Quit guessing. Own your {noun}.",
        "Weak {noun}? Not anymore.",
    ],
    "calm": [
        "Make {noun} you're proud of.",
        "Grow your {noun}, one step at a time.",
        "Calm, confident {noun}.",
        "Better {noun}, without the stress.",
    ],
}
CTA_ALTERNATIVES = {
    "course": ["Start learning today", "Join the course now", "Enroll today"],
    "product": ["Get instant access", "Download it now", "Grab yours today"],
    "brand": ["Join free today", "Start creating today", "See what's inside"],
}
SCENE_ORDER: dict[Mood, int] = {
    "intrigue": 0,
    "frustration": 1,
    "solution": 2,
    "proof": 3,
    "urgency": 4,
    "excitement": 5,
}
SENTENCE = re.compile(r"[^.!?…]+[.!?…]*\s*")


def hook_line(tone: str, subject: Subject, facts: VideoFacts, current: str | None) -> str:
    """A hook headline in the asked tone about what the video promotes, never the one it already has."""
    options = [line.format(noun=subject.noun) for line in HOOK_LINES[tone]]
    fresh = [line for line in options if line != current] or options
    return copy.pick(fresh, f"{facts.title}:{tone}:{current}")


def cta_alternative(facts: VideoFacts, current: str | None) -> str:
    options = [text for text in CTA_ALTERNATIVES[facts.kind] if text != current]
    return copy.pick(options, f"{facts.title}:{current}")


def replace_phrase(voiceover: str, old: str | None, new: str) -> str:
    """The voice-over with the spoken form of `old` (its words without end punctuation) replaced by `new`'s;
    unchanged when it does not say `old`."""
    if not old:
        return voiceover
    spoken_old, spoken_new = old.rstrip(".!?… "), new.rstrip(".!?… ")
    return (
        voiceover.replace(spoken_old, spoken_new, 1) if spoken_old and spoken_old in voiceover else voiceover
    )


def drop_sentences(voiceover: str, mentions: Callable[[str], bool]) -> str:
    """The voice-over without the sentences that mention a fact; one sentence always stays."""
    sentences = [sentence for sentence in SENTENCE.findall(voiceover) if sentence.strip()]
    kept = [sentence for sentence in sentences if not mentions(sentence)]
    if not kept:
        return voiceover
    return "".join(kept).strip()


def fact_markers(fact: str, facts: VideoFacts) -> list[str]:
    """Text that shows a fact wherever a scene or the narration states it."""
    if fact == "price":
        return [facts.price_label] if facts.price_label and facts.price_label != "Free" else []
    if fact == "enrollment":
        count = facts.enrollment_count
        return ["enrolled", "students"] + ([f"{count:,}", str(count)] if count else [])
    if fact == "rating":
        rating = facts.average_rating
        return ["Rated ", "/5", "★"] + ([f"{rating:.1f}"] if rating else [])
    return [copy.clip_words(module, 7) for module in facts.modules or []]


def mentions_any(text: str | None, markers: list[str]) -> bool:
    return bool(text) and any(marker and marker in (text or "") for marker in markers)


def neutral_headline(scene: VideoScene, facts: VideoFacts) -> str:
    if scene.mood == "urgency":
        if facts.kind == "course":
            return "Enroll today"
        return facts.product_type or "Available now"
    if scene.mood == "proof":
        return "Made by producers, for producers"
    return copy.clip_words(facts.title, 10)


def without_fact(scene: VideoScene, markers: list[str], facts: VideoFacts) -> VideoScene:
    """The scene with every text that states the fact taken out."""
    bullets = [line for line in scene.bullet_points or [] if not mentions_any(line, markers)]
    return scene.model_copy(
        update={
            "headline": neutral_headline(scene, facts)
            if mentions_any(scene.headline, markers)
            else scene.headline,
            "subhead": None if mentions_any(scene.subhead, markers) else scene.subhead,
            "emphasis": None if mentions_any(scene.emphasis, markers) else scene.emphasis,
            "bullet_points": bullets or None,
        }
    )


def fact_line(fact: str, facts: VideoFacts) -> str | None:
    """One line of scene copy stating the fact, or None when the catalog does not have it."""
    if fact == "enrollment" and facts.enrollment_count:
        return f"{facts.enrollment_count:,} producers enrolled"
    if fact == "rating" and facts.average_rating:
        reviews = f" by {facts.review_count:,} reviewers" if facts.review_count else ""
        return f"Rated {facts.average_rating:.1f}/5{reviews}"
    if fact == "price" and facts.price_label and facts.price:
        return facts.price_label
    return None


def new_scene(
    mood: Mood, scene_id: str, facts: VideoFacts, context: VideoContext, subject: Subject
) -> VideoScene:
    """A scene the refinement adds (an offer for the price, proof for enrollments or ratings, the modules)."""
    if mood == "urgency":
        headline, subhead = copy.offer_lines(facts)
        return VideoScene(
            id=scene_id, duration=1, headline=headline, subhead=subhead, emphasis=facts.price_label, mood=mood
        )
    if mood == "proof":
        headline, subhead, lines = copy.proof_lines(facts, context)
        return VideoScene(
            id=scene_id,
            duration=1,
            headline=headline,
            subhead=subhead,
            bullet_points=lines or None,
            mood=mood,
        )
    return VideoScene(
        id=scene_id,
        duration=1,
        headline=copy.clip_words(facts.title, 10),
        bullet_points=copy.solution_lines(facts, subject),
        mood=mood,
    )


def insert_at(scenes: list[VideoScene], mood: Mood) -> int:
    """Where a scene of `mood` goes: after every scene that comes before it in a promo's usual order."""
    rank = SCENE_ORDER[mood]
    for index, scene in enumerate(scenes):
        if index > 0 and SCENE_ORDER[scene.mood] > rank:
            return index
    return len(scenes) - 1 if len(scenes) > 1 else len(scenes)
