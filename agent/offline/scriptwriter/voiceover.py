"""The narration for a script: one sentence per scene, trimmed to what fits the video."""

from domain.script import VideoFacts, VideoScene, VideoScript

WORDS_PER_SECOND = 2.2
PRIORITY = {"intrigue": 0, "excitement": 1, "solution": 2, "urgency": 3, "proof": 4, "frustration": 5}


def _sentence(scene: VideoScene, facts: VideoFacts) -> str:
    if scene.mood == "frustration" and scene.bullet_points:
        return f"{scene.headline or ''} {scene.bullet_points[0]}.".strip()
    if scene.mood == "excitement" and scene.bullet_points:
        return f"{scene.headline}: {scene.bullet_points[0]}. {facts.cta}."
    if scene.mood == "excitement":
        return f"{scene.headline}. {facts.cta}."
    if scene.mood == "urgency" and scene.bullet_points:
        return " ".join(line.rstrip(".!?") + "." for line in scene.bullet_points)
    if scene.mood == "solution" and scene.subhead:
        return f"{scene.headline}. {scene.subhead}"
    return (scene.headline or "").rstrip(".!?") + "."


def word_budget(seconds: float) -> int:
    return max(6, int(seconds * WORDS_PER_SECOND))


def _priority(scene: VideoScene) -> int:
    """How late a scene's sentence is dropped: an offer or an ending that carries the prompt's asks (a
    discount, a code) is said right after the hook."""
    if scene.mood in ("urgency", "excitement") and scene.bullet_points:
        return 0
    return PRIORITY[scene.mood]


def fit_voiceover(script: VideoScript, facts: VideoFacts, seconds: float) -> str:
    """Scene sentences in scene order, dropping the least important until the text fits the video."""
    sentences = [(scene, _sentence(scene, facts)) for scene in script.scenes]
    budget = word_budget(seconds)
    kept = list(sentences)
    while len(kept) > 1 and sum(len(text.split()) for _, text in kept) > budget:
        drop = max(kept, key=lambda item: _priority(item[0]))
        kept.remove(drop)
    text = " ".join(text for _, text in kept)
    return shorten(text, budget)


def shorten(text: str, max_words: int) -> str:
    """At most `max_words` words, cut at a sentence end where possible."""
    words = text.split()
    if len(words) <= max_words:
        return text
    clipped = " ".join(words[:max_words])
    end = max(clipped.rfind(". "), clipped.rfind("! "), clipped.rfind("? "))
    return clipped[: end + 1] if end > len(clipped) // 2 else clipped.rstrip(",;:") + "."
