"""The explicit asks of a prompt that a viewer should see on screen: quoted phrases, discount codes,
numbers (with their unit or sign) and named items (capitalised names inside a sentence)."""

import re

from pydantic import BaseModel

QUOTED = re.compile(
    r'"([^"]{2,80})"|“([^”]{2,80})”|«\s?([^»]{2,80}?)\s?»|「([^」]{1,80})」|『([^』]{1,80})』'
)
# A code after "code", "coupon" or "promo", or a lone capitalised word with a digit (SAVE20, BF24).
CODE_AFTER_WORD = re.compile(r"\b(?:code|coupon|promo)\s*:?\s*([A-Z0-9][A-Z0-9_-]{2,})\b")
CODE_WITH_DIGIT = re.compile(r"\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{4,}\b")
NUMBER = re.compile(
    r"(?<![\w.])([$€£¥]?\d+(?:[.,]\d+)?(?:\s?%|\s?(?:am|pm)\b|[kx]\b)?)(?![\w])", re.IGNORECASE
)
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?;:]\s*$")
# Capitalised words that do not name anything.
NOT_NAMES = frozenset({"I", "A", "An", "The", "Our", "My", "We", "You", "Your", "It", "This", "That"})


class PromptAsk(BaseModel):
    kind: str
    text: str


def _quoted(prompt: str) -> list[str]:
    return [next(group for group in match.groups() if group).strip() for match in QUOTED.finditer(prompt)]


def _codes(prompt: str) -> list[str]:
    found = [match.group(1) for match in CODE_AFTER_WORD.finditer(prompt)]
    return [*found, *(match.group(0) for match in CODE_WITH_DIGIT.finditer(prompt))]


def _names(prompt: str) -> list[str]:
    """Runs of capitalised words; a single one that starts a sentence is just a capital, and all-capitals
    words (shouting) are left out. Quoted phrases are asked for whole, not as names."""
    names: list[str] = []
    run: list[str] = []
    run_starts_sentence = False
    sentence_start = True

    def close() -> None:
        if run and not (run_starts_sentence and len(run) == 1):
            names.append(" ".join(run))
        run.clear()

    for token in QUOTED.sub(" , ", prompt).split():
        word = token.strip("\"'“”«»()[],.;:!?")
        if NAME_WORD.fullmatch(word) and not word.isupper() and word not in NOT_NAMES:
            if not run:
                run_starts_sentence = sentence_start
            run.append(word)
        else:
            close()
        sentence_start = bool(SENTENCE_END.search(token))
        if sentence_start or token.endswith(","):
            close()
    close()
    return names


def prompt_asks(prompt: str) -> list[PromptAsk]:
    """Each ask once; numbers and names inside a quoted phrase or a code are not asked for again."""
    asks: list[PromptAsk] = []
    covered = ""
    for kind, texts in (("quote", _quoted(prompt)), ("code", _codes(prompt))):
        for text in texts:
            if text.casefold() not in covered.casefold():
                asks.append(PromptAsk(kind=kind, text=text))
                covered += f" {text}"
    for name in _names(prompt):
        if name.casefold() not in covered.casefold():
            asks.append(PromptAsk(kind="name", text=name))
            covered += f" {name}"
    for match in NUMBER.finditer(prompt):
        number = match.group(1)
        if number not in covered:
            asks.append(PromptAsk(kind="number", text=number))
            covered += f" {number}"
    return asks
