"""Social captions per platform: the model's, checked against each platform's limits, or offline ones filled
from the catalog by templates (prompts/captions/)."""

import re

from pydantic import BaseModel, Field

from domain.script import VideoFacts, VideoScript
from video.text_templates import render

X_LIMIT = 280
TIKTOK_LIMIT = 300
INSTAGRAM_LIMIT = 2200
INSTAGRAM_HASHTAGS = (15, 20)
TIKTOK_HASHTAGS = (3, 6)

BASE_TAGS = ["musicproducer", "producer", "beatmaker", "musicproduction", "homestudio", "producerlife"]
KIND_TAGS = {
    "course": ["onlinecourse", "learnmusicproduction", "mixingtips", "producertips", "studiotips"],
    "product": ["samplepack", "producerkit", "drumkit", "presets", "sounddesign"],
    "brand": ["creatoreconomy", "independentartist", "musicbusiness", "sellbeats", "pauseplayrepeat"],
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


def _topic_tags(facts: VideoFacts) -> list[str]:
    words = re.findall(r"[A-Za-z]{4,}", f"{facts.title} {facts.product_type or ''}")
    return [word.lower() for word in words][:4]


def _unique(tags: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        seen.setdefault(tag.lower(), None)
    return list(seen)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def offline_captions(facts: VideoFacts, script: VideoScript) -> Captions:
    hook = script.scenes[0].headline or facts.title
    highlights = [line for scene in script.scenes for line in (scene.bullet_points or [])][:4]
    if facts.enrollment_count:
        highlights.append(f"{facts.enrollment_count:,} producers enrolled")
    instagram_tags = _unique(_topic_tags(facts) + BASE_TAGS + KIND_TAGS[facts.kind] + EXTRA_TAGS)
    instagram_tags = instagram_tags[: INSTAGRAM_HASHTAGS[1]]
    tiktok_tags = _unique(TRENDING_TAGS[:2] + _topic_tags(facts)[:2] + BASE_TAGS[:1])[: TIKTOK_HASHTAGS[1]]
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
