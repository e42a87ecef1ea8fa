"""Subtitle text layout: at most two lines of 42 characters, broken where punctuation or balance says."""

import re

MAX_LINE_CHARS = 42
MAX_LINES = 2

_CLOSERS = "\"'”’»)]}"
_SENTENCE_END = (".", "!", "?", "…")
_CLAUSE_END = (",", ";", ":", "—", "–")
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "vs.", "dr.", "mr.", "mrs.", "ms.", "st.", "no.", "approx."})


def clean_word(word: str) -> str:
    """One line, no cue-timing arrow (it would confuse SRT and WebVTT readers)."""
    return " ".join(word.split()).replace("-->", "→")


def ends_sentence(word: str) -> bool:
    bare = word.rstrip(_CLOSERS)
    return bare.endswith(_SENTENCE_END) and bare.lower() not in _ABBREVIATIONS


def ends_clause(word: str) -> bool:
    bare = word.rstrip(_CLOSERS)
    return bare.endswith(_CLAUSE_END) or word in ("—", "–", "-")


def split_long_word(word: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """Pieces of at most `limit` characters, cut after '/', '-', '.' or '_' when one is near the limit."""
    pieces = []
    while len(word) > limit:
        window = word[:limit]
        cut = max(window.rfind(mark) for mark in "/-._")
        cut = cut + 1 if cut >= limit // 2 else limit
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces


def layout(words: list[str]) -> tuple[str, ...] | None:
    """The words as one line, or two lines split at the best word boundary; None when they do not fit."""
    single = " ".join(words)
    if len(single) <= MAX_LINE_CHARS:
        return (single,) if single else ()
    best: tuple[float, int] | None = None
    for split in range(1, len(words)):
        first, second = " ".join(words[:split]), " ".join(words[split:])
        if len(first) > MAX_LINE_CHARS or len(second) > MAX_LINE_CHARS:
            continue
        score = float(abs(len(first) - len(second)))
        if ends_sentence(words[split - 1]):
            score -= 24
        elif ends_clause(words[split - 1]):
            score -= 12
        if best is None or score < best[0]:
            best = (score, split)
    if best is None:
        return None
    split = best[1]
    return (" ".join(words[:split]), " ".join(words[split:]))


def words_of(text: str) -> list[str]:
    return [piece for word in re.findall(r"\S+", text) for piece in split_long_word(clean_word(word))]
