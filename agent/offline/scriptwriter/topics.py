"""The broad topic a video's title, description and prompt point to, and the palette tuned for it (warm for
mixing, blue and purple for tech...). The store's brand decides the colours; a topic colour that is a shade of
the brand's own is kept (scriptwriter/brand_colours.py)."""

import re
from dataclasses import dataclass

from domain.script import ColorPalette


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    palette: ColorPalette


def _palette(primary: str, secondary: str, accent: str, background: str) -> ColorPalette:
    return ColorPalette(primary=primary, secondary=secondary, accent=accent, background=background)


TOPICS = (
    Topic(
        "mixing",
        ("mix", "master", "saturat", "warm", "analog", "tape", "compress", "eq", "vocal"),
        _palette("#F97316", "#FACC15", "#EF4444", "#0B0604"),
    ),
    Topic(
        "beats",
        ("beat", "trap", "drum", "hip", "808", "lease", "loop", "sample"),
        _palette("#EC4899", "#8B5CF6", "#A3E635", "#0A0510"),
    ),
    Topic(
        "sound design",
        ("synth", "preset", "sound design", "serum", "ambient", "texture", "midi", "pad"),
        _palette("#14B8A6", "#3B82F6", "#A78BFA", "#04090C"),
    ),
    Topic(
        "tech",
        ("email", "automat", "software", "plugin", "app", "platform", "follow", "gate", "store", "sell"),
        _palette("#8B5CF6", "#06B6D4", "#F472B6", "#07070D"),
    ),
)
EDUCATION = Topic("education", (), _palette("#6366F1", "#38BDF8", "#F59E0B", "#070818"))


def topic_of(*texts: str) -> Topic:
    """The topic whose keywords occur most in the texts; general education when none do."""
    text = " ".join(texts).lower()
    scores = [
        (sum(len(re.findall(re.escape(key), text)) for key in topic.keywords), topic) for topic in TOPICS
    ]
    best_score, best = max(scores, key=lambda item: item[0])
    return best if best_score > 0 else EDUCATION
