"""Version labels a creator recognises: "Version 1 (original)", "Version 2 (made hook shorter)"."""

import re

PAST_TENSE = {
    "make": "made",
    "change": "changed",
    "add": "added",
    "remove": "removed",
    "use": "used",
    "show": "showed",
    "hide": "hid",
    "put": "put",
    "set": "set",
    "swap": "swapped",
    "drop": "dropped",
    "cut": "cut",
    "shorten": "shortened",
    "lengthen": "lengthened",
    "replace": "replaced",
    "speed": "sped",
    "slow": "slowed",
    "switch": "switched",
    "turn": "turned",
    "give": "gave",
    "try": "tried",
    "move": "moved",
    "increase": "increased",
    "decrease": "decreased",
    "mention": "mentioned",
}
POLITE_OPENINGS = re.compile(
    r"^(?:please|can you|could you|would you|let's|lets|i want you to|i'd like you to)\s+"
)
ARTICLES = re.compile(r"\b(?:the|a|an)\s+")
MAX_SUMMARY = 60


def version_label(version: int, feedback: str | None) -> str:
    if version == 1 or not feedback:
        return f"Version {version} (original)" if version == 1 else f"Version {version}"
    return f"Version {version} ({feedback_summary(feedback)})"


def feedback_summary(feedback: str) -> str:
    """'Please make the hook shorter!' -> 'made hook shorter' (first sentence, past tense, no articles)."""
    text = re.split(r"[.!?\n]", feedback.strip(), maxsplit=1)[0].strip().lower()
    text = POLITE_OPENINGS.sub("", text)
    verb, _, rest = text.partition(" ")
    text = f"{PAST_TENSE.get(verb, verb)} {rest}".strip()
    text = ARTICLES.sub("", text).strip(" ,;:")
    if len(text) > MAX_SUMMARY:
        text = text[: MAX_SUMMARY - 1].rsplit(" ", 1)[0] + "…"
    return text or "revised"
