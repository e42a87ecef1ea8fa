"""The explicit asks of a creator's prompt, read so the video can show them: quoted phrases, a discount and
its code, how long it lasts, dates and times, numbers with what they count, named things, and what the last
scene shows big ("end with the code big on screen").

Prompt text is untrusted: what is read here only ever reaches the video as script text (props)."""

import re
from dataclasses import dataclass, replace

from domain.script import VideoFacts

QUOTED = re.compile(
    r"\"([^\"]{2,80})\"|“([^”]{2,80})”|«\s?([^»]{2,80}?)\s?»|「([^」]{1,80})」|『([^』]{1,80})』"
    r"|(?<![\w])'([^']{2,60})'(?![\w])"
)
CODE_AFTER_WORD = re.compile(r"\b(?i:code|coupon|promo(?: code)?)\s*:?\s*([A-Z0-9][A-Z0-9_-]{2,})\b")
CODE_WITH_DIGIT = re.compile(r"\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{4,}\b")
DISCOUNT = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|percent)\s*off\b|([$€£¥]\s?\d+(?:[.,]\d+)?)\s*off\b",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"(?<![\w.])(\d{1,3})\s?(hours?|hrs?|days?|weeks?|minutes?|mins?)\b(\s+only)?", re.IGNORECASE
)
DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
TIME = r"\d{1,2}(?::\d{2})?\s?(?:am|pm)\b"
WHEN = re.compile(
    rf"\b(?:{DAY}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:at\s+)?{TIME})?|\b{TIME}",
    re.IGNORECASE,
)
# Numbers that describe the video itself ("a 30 second promo", "9:16", "3 scenes"), not what it shows.
ABOUT_THE_VIDEO = re.compile(
    r"\b\d+\s*[:x]\s*\d+\b|\b\d+(?:\.\d+)?\s?(?:s|secs?|seconds?|scenes?|shots?|slides?|clips?|fps)\b"
    r"|\b\d+[- ]second\b",
    re.IGNORECASE,
)
# Words that make a duration a deadline ("72 hours only", "sale ends in 3 days").
SALE = re.compile(
    r"\b(?:sale|deal|offer|discount|ends?|only|left|limited|launch price|hurry)\b", re.IGNORECASE
)
NUMBER = re.compile(r"(?<![\w.])([$€£¥]?\d[\d,]*(?:\.\d+)?(?:\s?%|[kx]\b)?)(?![\w])", re.IGNORECASE)
# The word after a number that says what it counts ("50 seats"), and one before that qualifies it.
COUNTED = re.compile(r"\s+([A-Za-z][\w'-]*)")
QUALIFIER = re.compile(r"\b(all|only|over|under|up to|every|just)\s+$", re.IGNORECASE)
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?;:]\s*$")
PUNCTUATION = "\"'“”«»()[],.;:!?"
MAX_NAME_WORDS = 6
# Capitalised words that name nothing.
NOT_NAMES = frozenset(
    re.findall(
        r"\w+", "I A An The Our My We You Your It This That These Those Make Made Show Use Say Get Add End"
    )
)
# Small words that never say what a number counts or end a name's phrase.
STOP = frozenset(
    re.findall(
        r"[a-z]+",
        """a an the and or but of to in on at for with by from as is are was were be it its this that these
    those our my your their his her we you they them us me who which what when where how so than then
    only all every just more most less very too also not no yes one ones here there now""",
    )
)
BIG = re.compile(r"\b(?:big|large|huge|bold|giant|full[- ]?screen|in big letters)\b", re.IGNORECASE)
ENDING = re.compile(
    r"\b(?:end|ending|ends|finish|finishing|close|closing|last scene|final scene|at the end)\b"
)
FINALE_TARGETS = {
    "code": r"(?:discount |promo |coupon )?(?:code|coupon)",
    "discount": r"discount|offer|deal|sale",
    "price": r"price",
    "when": r"date|time|deadline",
    "domain": r"link|url|website|site|domain|store",
    "title": r"name|title|logo",
}


@dataclass(frozen=True)
class PromptAsks:
    quotes: tuple[str, ...] = ()
    discount: str | None = None
    code: str | None = None
    deadline: str | None = None
    # Dates and times, numbers with what they count and named things, each as a short phrase.
    details: tuple[str, ...] = ()
    # What the last scene shows big, already resolved ("FIVEYEARS", "$30"), and what kind of thing it is.
    finale: str | None = None
    finale_kind: str | None = None

    def offer_lines(self) -> list[str]:
        """The offer as scene lines: '50% off with code FIVEYEARS', '72 hours only'."""
        first = " with ".join(
            part for part in (self.discount, f"code {self.code}" if self.code else None) if part
        )
        lines = [first[:1].upper() + first[1:]] if first else []
        if self.deadline:
            lines.append(self.deadline[:1].upper() + self.deadline[1:])
        return lines


def _quotes(prompt: str) -> list[str]:
    return [next(group for group in match.groups() if group).strip() for match in QUOTED.finditer(prompt)]


def _code(prompt: str) -> str | None:
    found = CODE_AFTER_WORD.search(prompt) or CODE_WITH_DIGIT.search(prompt)
    if found is None:
        return None
    return found.group(1) if found.re is CODE_AFTER_WORD else found.group(0)


def _discount(prompt: str) -> str | None:
    found = DISCOUNT.search(prompt)
    if found is None:
        return None
    return f"{found.group(1)}% off" if found.group(1) else f"{found.group(2).replace(' ', '')} off"


def _deadline(prompt: str) -> tuple[str | None, tuple[int, int] | None]:
    found = DURATION.search(prompt)
    if found is None:
        return None, None
    number, unit, only = found.groups()
    return f"{number} {unit.lower()}{' only' if only else ''}", found.span()


def _counted(prompt: str, start: int, end: int) -> str:
    """The number at prompt[start:end] with the word it counts and a qualifier before it, if any."""
    phrase = prompt[start:end]
    after = COUNTED.match(prompt, end)
    if after and after.group(1).lower() not in STOP:
        phrase = f"{phrase} {after.group(1)}"
    before = QUALIFIER.search(prompt[:start])
    return f"{before.group(1).lower()} {phrase}" if before else phrase


def _names(prompt: str, taken: str) -> list[str]:
    """Runs of capitalised words, unless one alone starts a sentence (and shouting in capitals is no name),
    with the noun that follows one ("West Coast sound")."""
    names: list[str] = []
    run: list[str] = []
    run_starts_sentence, sentence_start = False, True

    def close(follower: str) -> None:
        if run and not (run_starts_sentence and len(run) == 1):
            name = " ".join(run[:MAX_NAME_WORDS])
            if follower.isalpha() and follower.islower() and follower not in STOP:
                name = f"{name} {follower}"
            if name.casefold() not in taken.casefold():
                names.append(name)
        run.clear()

    for token in QUOTED.sub(" , ", prompt).split():
        word = token.strip(PUNCTUATION)
        if NAME_WORD.fullmatch(word) and not word.isupper() and word not in NOT_NAMES:
            if not run:
                run_starts_sentence = sentence_start
            run.append(word)
            if SENTENCE_END.search(token) or token.endswith(","):
                close("")
        else:
            close(word)
        sentence_start = bool(SENTENCE_END.search(token))
    close("")
    return names


def _finale(prompt: str, asks: PromptAsks, facts: VideoFacts) -> tuple[str | None, str | None]:
    """What the creator asked the last scene to show big, as the text to show and its kind: a thing the
    clause names ("the code", "the price"), else a phrase it quotes."""
    for clause in re.split(r"[.;!?\n]", prompt):
        if not (BIG.search(clause) and ENDING.search(clause.lower())):
            continue
        for kind, pattern in FINALE_TARGETS.items():
            if re.search(rf"\b(?:{pattern})\b", clause, re.IGNORECASE):
                text = {
                    "code": asks.code,
                    "discount": asks.discount,
                    "price": facts.price_label,
                    "when": next((detail for detail in asks.details if WHEN.fullmatch(detail)), None),
                    "domain": facts.domain,
                    "title": facts.title,
                }[kind]
                return (text, kind) if text else (None, None)
        quoted = _quotes(clause)
        if quoted:
            return quoted[0], "quote"
    return None, None


def read_asks(prompt: str, facts: VideoFacts) -> PromptAsks:
    """The prompt's explicit asks; what the title or the store's name already says is not asked again."""
    quotes = [quote for quote in _quotes(prompt) if quote.casefold() not in facts.title.casefold()]
    code, discount = _code(prompt), _discount(prompt)
    deadline, deadline_span = _deadline(prompt) if code or discount or SALE.search(prompt) else (None, None)
    taken = " ".join([facts.title, facts.store_name, *quotes, code or "", discount or "", deadline or ""])
    whens = list(WHEN.finditer(prompt))
    spans = [found.span() for found in [*whens, *ABOUT_THE_VIDEO.finditer(prompt)]]
    spans += [deadline_span] if deadline_span else []
    details = [
        name for name in _names(prompt, taken) if not re.match(rf"(?:{DAY}|{MONTH})\b", name, re.IGNORECASE)
    ]
    details += [found.group(0) for found in whens]
    for found in NUMBER.finditer(prompt):
        start, end = found.span(1)
        inside = any(low <= start < high for low, high in spans)
        if inside or found.group(1) in taken or (discount and found.group(1) in discount):
            continue
        details.append(_counted(prompt, start, end))
    asks = PromptAsks(
        quotes=tuple(dict.fromkeys(quotes)),
        discount=discount,
        code=code,
        deadline=deadline,
        details=tuple(dict.fromkeys(details)),
    )
    finale, kind = _finale(prompt, asks, facts)
    return replace(asks, finale=finale, finale_kind=kind)
