"""Social captions per platform: the model's, checked against each platform's limits, or offline ones filled
from the catalog by templates (prompts/captions/). Offline hashtags are topics producers follow (the product
type, the instrument, the genre, the DAW, the technique) that a fixed vocabulary finds in the video's text:
never a word cut from the title."""

import re

from pydantic import BaseModel, Field

from domain.script import VideoFacts, VideoScript
from store.facts import PRODUCT_TYPE_NAMES
from video.text_templates import render

X_LIMIT = 280
TIKTOK_LIMIT = 300
INSTAGRAM_LIMIT = 2200
INSTAGRAM_HASHTAGS = (15, 20)
TIKTOK_HASHTAGS = (3, 6)

BASE_TAGS = ["musicproducer", "producer", "beatmaker", "musicproduction", "homestudio", "producerlife"]
KIND_TAGS = {
    "course": ["onlinecourse", "learnmusicproduction", "producertips", "studiotips", "mixingtips"],
    "product": ["producerkit", "producertips"],
    "brand": ["creatoreconomy", "independentartist", "musicbusiness", "sellbeats", "pauseplayrepeat"],
}
PRODUCT_TYPE_TAGS = {
    PRODUCT_TYPE_NAMES["sample_pack"]: ["samplepack", "samples"],
    PRODUCT_TYPE_NAMES["preset"]: ["presets", "sounddesign"],
    PRODUCT_TYPE_NAMES["beat"]: ["beats", "typebeat"],
    PRODUCT_TYPE_NAMES["midi_pack"]: ["midi", "chords"],
    PRODUCT_TYPE_NAMES["template"]: ["projecttemplate", "producerworkflow"],
}
# Each hashtag and the words in a video's text that make it a topic of the video.
TOPIC_VOCABULARY = {
    "drumkit": r"drum ?kits?",
    "drums": r"drums?|snares?|kicks?|hi-?hats?|percussion|ドラム|鼓",
    "808": r"808s?",
    "keys": r"keys",
    "piano": r"pianos?",
    "rhodes": r"rhodes",
    "wurlitzer": r"wurlitzer|wurli",
    "vocals": r"vocals?|vox|singers?|acapellas?",
    "chords": r"chords?",
    "midi": r"midi",
    "synth": r"synths?|synthesi[sz]ers?",
    "sounddesign": r"sound design|oscillators?|wavetable",
    "serum": r"serum",
    "vital": r"vital",
    "presets": r"presets?",
    "saturation": r"saturation|saturated",
    "mixing": r"mix(?:es|ing)?|mixdown",
    "mastering": r"master(?:ing|ed)",
    "tape": r"tape",
    "analog": r"analog(?:ue)?",
    "compression": r"compress(?:ion|or)",
    "eq": r"eq|equali[sz](?:er|ing)",
    "reverb": r"reverb",
    "arrangement": r"arrang(?:ement|ing)",
    "songwriting": r"songwriting|songwriters?",
    "samples": r"samples?|one-?shots?|loops?",
    "beats": r"beats?",
    "ableton": r"ableton",
    "flstudio": r"fl ?studio",
    "logicpro": r"logic(?: pro)?",
    "protools": r"pro ?tools",
    "trap": r"trap",
    "drill": r"drill",
    "lofi": r"lo-?fi",
    "hiphop": r"hip-?hop",
    "boombap": r"boom ?bap",
    "rnb": r"r&b|rnb",
    "neosoul": r"neo[- ]?soul",
    "house": r"house",
    "techno": r"techno",
    "afrobeats": r"afrobeats?",
    "synthwave": r"synthwave",
    "ambient": r"ambient",
    "jazz": r"jazz",
}
MAX_TOPIC_TAGS = 8
# Latin keywords match whole words; CJK text has no spaces between words.
TOPIC_PATTERNS = {
    tag: re.compile(rf"(?<![A-Za-z0-9-])(?:{words})(?![A-Za-z0-9])", re.IGNORECASE)
    for tag, words in TOPIC_VOCABULARY.items()
}
TRENDING_TAGS = ["fyp", "producertok", "musictok", "beattok"]
EXTRA_TAGS = [
    "flstudio",
    "ableton",
    "logicpro",
    "bedroomproducer",
    "mixingandmastering",
    "audioengineer",
    "daw",
]
HASHTAG = re.compile(r"#\w+")


class Captions(BaseModel):
    instagram: str
    tiktok: str
    x: str
    hashtags: list[str] = Field(description="Every hashtag used, without '#'")

    def by_platform(self) -> dict[str, str]:
        return {"instagram": self.instagram, "tiktok": self.tiktok, "x": self.x}


def _topic_tags(facts: VideoFacts, script: VideoScript) -> list[str]:
    """The vocabulary's topics the video's text names (the title's first), never its problem scene's."""
    texts = [
        facts.title,
        facts.description or "",
        " ".join([*(facts.features or []), *(facts.modules or [])]),
        " ".join(
            text
            for scene in script.scenes
            if scene.mood != "frustration"
            for text in [scene.headline, scene.subhead, *(scene.bullet_points or [])]
            if text
        ),
    ]
    found: list[str] = []
    for text in texts:
        hits = sorted(
            (match.start(), tag) for tag, pattern in TOPIC_PATTERNS.items() if (match := pattern.search(text))
        )
        found += [tag for _, tag in hits if tag not in found]
    return found[:MAX_TOPIC_TAGS]


def _unique(tags: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        seen.setdefault(tag.lower(), None)
    return list(seen)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def offline_captions(facts: VideoFacts, script: VideoScript) -> Captions:
    hook = script.scenes[0].headline or facts.title
    # What the video offers, never the pains its problem scene lists, each line once.
    offered = [
        line
        for scene in script.scenes
        if scene.mood != "frustration"
        for line in (scene.bullet_points or [])
        if line != hook
    ]
    highlights = list(dict.fromkeys(offered))[:4]
    enrolled = f"{facts.enrollment_count:,} producers enrolled" if facts.enrollment_count else None
    if enrolled and enrolled not in highlights:
        highlights.append(enrolled)
    topics = _topic_tags(facts, script)
    type_tags = PRODUCT_TYPE_TAGS.get(facts.product_type or "", [])
    instagram_tags = _unique(topics + type_tags + KIND_TAGS[facts.kind] + BASE_TAGS + EXTRA_TAGS)
    instagram_tags = instagram_tags[: INSTAGRAM_HASHTAGS[1]]
    tiktok_tags = _unique(TRENDING_TAGS[:2] + (topics + type_tags)[:2] + BASE_TAGS[:1])[: TIKTOK_HASHTAGS[1]]
    price = f" — {facts.price_label}" if facts.price_label else ""
    instagram = render(
        "captions/instagram.txt.jinja",
        hook=hook,
        pitch=_clip(f"{facts.title}{price}. {facts.description or ''}".strip(), 600),
        highlights=highlights,
        cta=facts.cta,
        domain=facts.domain,
        hashtags=[f"#{tag}" for tag in instagram_tags],
    ).strip()
    tiktok = render(
        "captions/tiktok.txt.jinja",
        hook=_clip(hook, 90),
        emoji="🔥",
        short_cta=f"Link: {facts.domain}",
        hashtags=[f"#{tag}" for tag in tiktok_tags],
    ).strip()
    link_length = len(f" https://{facts.domain}")
    x = render(
        "captions/x.txt.jinja",
        hook=_clip(hook, 120),
        punch=_clip(f"{facts.title}{price}.", X_LIMIT - 125 - link_length),
        domain=facts.domain,
    ).strip()
    return Captions(instagram=instagram, tiktok=tiktok, x=x, hashtags=_unique(instagram_tags + tiktok_tags))


def caption_problems(captions: Captions, domain: str) -> list[str]:
    """What breaks a platform's limits; empty when the captions can be published."""
    problems = []
    instagram_tags = len(HASHTAG.findall(captions.instagram))
    if not INSTAGRAM_HASHTAGS[0] <= instagram_tags <= INSTAGRAM_HASHTAGS[1]:
        problems.append(f"instagram: use 15-20 hashtags (found {instagram_tags})")
    if "\n" not in captions.instagram:
        problems.append("instagram: use line breaks between hook, pitch and call to action")
    if len(captions.instagram) > INSTAGRAM_LIMIT:
        problems.append(f"instagram: at most {INSTAGRAM_LIMIT} characters (got {len(captions.instagram)})")
    if len(captions.tiktok) > TIKTOK_LIMIT:
        problems.append(
            f"tiktok: keep it short, at most {TIKTOK_LIMIT} characters (got {len(captions.tiktok)})"
        )
    tiktok_tags = len(HASHTAG.findall(captions.tiktok))
    if not TIKTOK_HASHTAGS[0] <= tiktok_tags <= TIKTOK_HASHTAGS[1]:
        problems.append(f"tiktok: use 3-6 hashtags (found {tiktok_tags})")
    if len(captions.x) >= X_LIMIT:
        problems.append(f"x: must be under {X_LIMIT} characters (got {len(captions.x)})")
    if not captions.x.rstrip().endswith(domain) and domain not in captions.x.rsplit(" ", 1)[-1]:
        problems.append(f"x: end with the link to {domain}")
    return problems
