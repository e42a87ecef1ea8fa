"""What a video is about, read from its title, description and prompt: the palette, pains and imagery."""

import re
from dataclasses import dataclass

from domain.script import ColorPalette


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    palette: ColorPalette
    pains: tuple[str, ...]
    imagery: str


def _palette(primary: str, secondary: str, accent: str, background: str) -> ColorPalette:
    return ColorPalette(primary=primary, secondary=secondary, accent=accent, background=background)


TOPICS = (
    Topic(
        "mixing",
        ("mix", "master", "saturat", "warm", "analog", "tape", "compress", "eq", "vocal"),
        _palette("#F97316", "#FACC15", "#EF4444", "#0B0604"),
        (
            "Mixes that sound flat and lifeless",
            "Muddy low end you can't fix",
            "Plugins everywhere, no direction",
        ),
        "warm analog mixing console with glowing VU meters and tube gear",
    ),
    Topic(
        "beats",
        ("beat", "trap", "drum", "hip", "808", "lease", "loop", "sample"),
        _palette("#EC4899", "#8B5CF6", "#A3E635", "#0A0510"),
        ("Drums that don't hit", "Hours digging for the right sounds", "Beats that all sound the same"),
        "neon-lit beat-making setup with drum pads and an 808 glow",
    ),
    Topic(
        "sound design",
        ("synth", "preset", "sound design", "serum", "ambient", "texture", "midi", "pad"),
        _palette("#14B8A6", "#3B82F6", "#A78BFA", "#04090C"),
        ("Presets that all sound stock", "Synths you never get past", "Ideas stuck in your head"),
        "modular synthesizer with glowing patch cables in a dark studio",
    ),
    Topic(
        "tech",
        ("email", "automat", "software", "plugin", "app", "platform", "follow", "gate", "store", "sell"),
        _palette("#8B5CF6", "#06B6D4", "#F472B6", "#07070D"),
        ("Fans who never come back", "Hours lost on manual work", "Sales that depend on luck"),
        "futuristic creator dashboard glowing in a dark home studio",
    ),
)
EDUCATION = Topic(
    "education",
    (),
    _palette("#6366F1", "#38BDF8", "#F59E0B", "#070818"),
    ("Endless tutorials, no progress", "Not knowing what to learn next", "Tracks that never get finished"),
    "producer learning at a desk with monitors and soft studio light",
)


def topic_of(*texts: str) -> Topic:
    """The topic whose keywords occur most in the texts; general education when none do."""
    text = " ".join(texts).lower()
    scores = [
        (sum(len(re.findall(re.escape(key), text)) for key in topic.keywords), topic) for topic in TOPICS
    ]
    best_score, best = max(scores, key=lambda item: item[0])
    return best if best_score > 0 else EDUCATION
