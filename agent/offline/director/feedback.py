"""Reading a creator's feedback the way the offline director can: which refinements it asks for, and the parts
of it the director does not understand (they become notes on the job, never silently dropped)."""

import re
from dataclasses import dataclass, field
from typing import Literal

Fact = Literal["price", "enrollment", "rating", "modules"]
Aspect = Literal["9:16", "16:9", "1:1"]

QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|(?<![\w])'([^']+)'(?![\w])")
QUOTE_TOKEN = re.compile(r"⟨q(\d+)⟩")
SEPARATORS = re.compile(r"[,;\n]+|[.!?](?=\s|$)|\b(?:and|also|then|plus|but|while)\b", re.IGNORECASE)
SYNONYMS = ((re.compile(r"\bblack (?:and|&) white\b|\bb&w\b"), "monochrome"),)
# Words that ask for nothing: a clause made only of these is politeness, not a request to report.
FILLER = frozenset(
    re.findall(
        r"[a-z']+",
        """please thanks thank you it its it's this that the a an video make more less bit little can could
        would i we want like love think maybe just really so too very also great good nice looks ok okay
        version one again some lot way much be is are to of for me my our""",
    )
)


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


ASPECTS: tuple[tuple[re.Pattern[str], Aspect], ...] = (
    (_words(r"9\s*[:x/]\s*16|vertical|portrait|tiktok|reels?|shorts|stories"), "9:16"),
    (_words(r"16\s*[:x/]\s*9|landscape|wide ?screen|horizontal|youtube"), "16:9"),
    (_words(r"1\s*[:x/]\s*1|square"), "1:1"),
)
HUES = {
    "blue": _words(r"blue|navy|cobalt|azure"),
    "red": _words(r"red|crimson|scarlet"),
    "green": _words(r"green|emerald|lime"),
    "purple": _words(r"purple|violet|lavender"),
    "pink": _words(r"pink|magenta|fuchsia"),
    "orange": _words(r"orange"),
    "gold": _words(r"yellow|gold|golden"),
    "teal": _words(r"teal|cyan|turquoise|aqua"),
    "warm": _words(r"warm|warmer"),
    "cool": _words(r"cool|cooler|cold|colder|icy"),
    "brand": _words(r"brand colou?rs?|on[- ]brand|brand palette|(?:my|our|store|shop)(?:'s)? colou?rs?"),
    "mono": _words(r"monochrome|grayscale|greyscale"),
}
BRIGHTER = _words(r"less dark|bright|brighter|light|lighter|lighten|vibrant|more colou?rful|pop")
DARKER = _words(r"dark|darker|darken|moodier|dimmer|moody")
FASTER = _words(
    r"faster|quicker|speed (?:it |things )?up|snappier|pick up the pace|more dynamic|fast[- ]paced|too slow|"
    r"up ?tempo"
)
SLOWER = _words(r"slower|slow (?:it |things )?down|less rushed|too fast|more time to read|slow[- ]paced")
STRONG = _words(r"(?:much|a lot|way|far|even|really|super) (?:faster|slower|quicker)")
GENTLE = _words(r"(?:a bit|slightly|a little|a touch|somewhat) (?:faster|slower|quicker)")
SHORTER = _words(
    r"shorter|shorten|cut (?:it|this|the video) down|trim|condense|more concise|tighter|too long"
)
LONGER = _words(r"(?<!no )longer|lengthen|extend|too short")
SECONDS = re.compile(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b")
HOOK = _words(r"hook|intro|opening|first scene|beginning|start")
ENDING = _words(r"cta|call[- ]to[- ]action|ending|outro|end|last scene|final scene")
CALM = _words(
    r"calm|calmer|softer|gentle|gentler|relaxed|chill|chiller|mellow|mellower|"
    r"less (?:aggressive|intense|hype|pushy|salesy|loud)|tone (?:it |things )?down|subtle|subtler|quieter|"
    r"laid[- ]back|friendlier"
)
AGGRESSIVE = _words(
    r"aggressive|punchy|punchier|bold|bolder|harder|intense|hype|hypier|more energy|energetic|edgy|edgier|"
    r"urgent|hard[- ]hitting|stronger|hits? harder|exciting"
)
FACT_WORDS: dict[Fact, re.Pattern[str]] = {
    "price": _words(r"prices?|pricing|cost|how much"),
    "enrollment": _words(
        r"enrol+(?:ment|ments|ed)?(?: count)?|students?(?: count)?|how many (?:people|producers|students)|"
        r"sign[- ]?ups|social proof"
    ),
    "rating": _words(r"ratings?|stars?|reviews?|review score"),
    "modules": _words(r"modules?(?: list)?|curriculum|syllabus|what'?s inside|lesson list|chapters?"),
}
REMOVE = _words(
    r"remove|hide|drop|without|no|don'?t (?:show|mention|include)|do not (?:show|mention|include)|take out|"
    r"get rid of|lose|cut|delete|leave out|skip"
)
ADD = _words(r"add|show|include|mention|display|put|bring back|feature|highlight|with")
KEEP = _words(r"keep|leave|don'?t change|do not change|same")
CTA = _words(r"cta|call[- ]to[- ]action|button")
HEADLINE = _words(r"hook|headline|opening line|first line|title")
NEW_TEXT = re.compile(r"(?:\s+text)?\s*(?:to|say|says|read|reads|into|as|:|=)\s+(.+)$", re.IGNORECASE)
IMAGES = _words(r"images?|pictures?|photos?|backgrounds?|visuals?|imagery|shots|footage")
IMAGE_CHANGE = _words(r"different|new|other|fresh|another|change|replace|swap|better")
IMAGE_SUBJECT = re.compile(
    r"\b(?:images?|pictures?|photos?|backgrounds?|visuals?|imagery|shots)\s+(?:of|with|showing|featuring)\s+(.+)$",
    re.IGNORECASE,
)
MAX_TEXT = 60


@dataclass(frozen=True)
class Feedback:
    """The refinements a piece of feedback asks for. `unclear` holds the parts nothing here understood."""

    hues: tuple[str, ...] = ()
    shade: Literal["darker", "brighter"] | None = None
    pace: Literal["faster", "slower"] | None = None
    pace_strength: float = 1.0
    length: Literal["shorter", "longer"] | None = None
    length_seconds: float | None = None
    length_scene: Literal["hook", "cta"] | None = None
    scene_seconds: float | None = None
    tone: Literal["aggressive", "calm"] | None = None
    facts: dict[Fact, bool] = field(default_factory=dict)
    cta_text: str | None = None
    new_cta: bool = False
    hook_text: str | None = None
    aspect: Aspect | None = None
    new_images: bool = False
    image_subject: str | None = None
    unclear: tuple[str, ...] = ()


@dataclass
class _Clause:
    text: str
    lower: str
    quotes: list[str]


@dataclass
class _Reading:
    values: dict[str, object] = field(default_factory=dict)
    hues: list[str] = field(default_factory=list)
    facts: dict[Fact, bool] = field(default_factory=dict)
    unclear: list[str] = field(default_factory=list)
    last_fact_verb: bool | None = None


def _clean_text(text: str) -> str:
    return text.strip().strip(".!?,;:").strip()[:MAX_TEXT].strip()


def _new_text(clause: _Clause, keyword: re.Pattern[str]) -> str | None:
    """The text a clause asks for: its quote, else what follows 'to' / 'say' after the keyword (which the
    other readers then no longer see: "change the CTA to Get it faster" is not about pace)."""
    if clause.quotes:
        return _clean_text(clause.quotes[0]) or None
    found = keyword.search(clause.lower)
    rest = NEW_TEXT.match(clause.text[found.end() :]) if found else None
    if found is None or rest is None:
        return None
    clause.lower = clause.lower[: found.end()]
    return _clean_text(rest.group(1)) or None


def _aspect(clause: _Clause, reading: _Reading) -> bool:
    for pattern, aspect in ASPECTS:
        if pattern.search(clause.lower):
            reading.values["aspect"] = aspect
            return True
    return False


def _colours(clause: _Clause, reading: _Reading) -> bool:
    found = [name for name, pattern in HUES.items() if pattern.search(clause.lower)]
    reading.hues.extend(hue for hue in found if hue not in reading.hues)
    shade = "brighter" if BRIGHTER.search(clause.lower) else "darker" if DARKER.search(clause.lower) else None
    if shade:
        reading.values["shade"] = shade
    return bool(found or shade)


def _pace(clause: _Clause, reading: _Reading) -> bool:
    pace = "faster" if FASTER.search(clause.lower) else "slower" if SLOWER.search(clause.lower) else None
    if pace is None:
        return False
    reading.values["pace"] = pace
    strength = 1.6 if STRONG.search(clause.lower) else 0.5 if GENTLE.search(clause.lower) else 1.0
    reading.values["pace_strength"] = strength
    return True


def _length(clause: _Clause, reading: _Reading) -> bool:
    seconds = SECONDS.search(clause.lower)
    length = "shorter" if SHORTER.search(clause.lower) else "longer" if LONGER.search(clause.lower) else None
    if seconds is None and length is None:
        return False
    scene = "hook" if HOOK.search(clause.lower) else "cta" if ENDING.search(clause.lower) else None
    if scene is not None:
        reading.values["length_scene"] = scene
        reading.values["scene_seconds"] = float(seconds.group(1)) if seconds else None
    elif seconds is not None:
        reading.values["length_seconds"] = float(seconds.group(1))
    if length is not None:
        reading.values["length"] = length
    return True


def _tone(clause: _Clause, reading: _Reading) -> bool:
    tone = "calm" if CALM.search(clause.lower) else "aggressive" if AGGRESSIVE.search(clause.lower) else None
    if tone:
        reading.values["tone"] = tone
    return tone is not None


def _facts(clause: _Clause, reading: _Reading) -> bool:
    named = [fact for fact, pattern in FACT_WORDS.items() if pattern.search(clause.lower)]
    if not named:
        return False
    verb = (
        False if REMOVE.search(clause.lower) else True if ADD.search(clause.lower) else reading.last_fact_verb
    )
    if verb is None:
        return False
    reading.last_fact_verb = verb
    reading.facts.update({fact: verb for fact in named})
    return True


def _cta(clause: _Clause, reading: _Reading) -> bool:
    if not CTA.search(clause.lower) or SHORTER.search(clause.lower) or LONGER.search(clause.lower):
        return False
    text = _new_text(clause, CTA)
    if text:
        reading.values["cta_text"] = text
    else:
        reading.values["new_cta"] = True
    return True


def _headline(clause: _Clause, reading: _Reading) -> bool:
    if not HEADLINE.search(clause.lower):
        return False
    text = _new_text(clause, HEADLINE)
    if text:
        reading.values["hook_text"] = text
    return text is not None


def _images(clause: _Clause, reading: _Reading) -> bool:
    if not IMAGES.search(clause.lower):
        return False
    found = IMAGE_SUBJECT.search(clause.text)
    subject = clause.quotes[0] if clause.quotes else found.group(1) if found else None
    if subject is None and not IMAGE_CHANGE.search(clause.lower):
        return False
    reading.values["new_images"] = True
    if subject is not None:
        reading.values["image_subject"] = _clean_text(subject)
    return True


READERS = (_aspect, _headline, _cta, _length, _pace, _tone, _facts, _images, _colours)


def _clauses(feedback: str) -> list[_Clause]:
    quotes: list[str] = []

    def hide(match: re.Match[str]) -> str:
        quotes.append(next(group for group in match.groups() if group is not None))
        return f"⟨q{len(quotes) - 1}⟩"

    masked = QUOTED.sub(hide, feedback)
    for pattern, replacement in SYNONYMS:
        masked = pattern.sub(replacement, masked)
    clauses = []
    for part in SEPARATORS.split(masked):
        text = part.strip()
        if not text:
            continue
        own = [quotes[int(number)] for number in QUOTE_TOKEN.findall(text)]
        clauses.append(_Clause(text=QUOTE_TOKEN.sub("", text).strip(), lower=text.lower(), quotes=own))
    return clauses


def _is_filler(clause: _Clause) -> bool:
    return all(word in FILLER for word in re.findall(r"[a-z']+", clause.lower))


def read_feedback(feedback: str) -> Feedback:
    reading = _Reading()
    for clause in _clauses(feedback):
        # Every reader looks at every clause: "make the hook punchier and shorter" is tone and length.
        understood = [reader(clause, reading) for reader in READERS]
        if not any(understood) and not _is_filler(clause) and not KEEP.search(clause.lower):
            reading.unclear.append(clause.text)
    return Feedback(
        hues=tuple(reading.hues),
        facts=reading.facts,
        unclear=tuple(reading.unclear),
        **reading.values,  # type: ignore[arg-type]
    )
