"""Captions: the offline ones keep every platform's limits, broken ones are caught, and burned-in captions
render inside the platform safe area."""

import json
from pathlib import Path

import pytest
from sqlmodel import Session

from agent.offline.scriptwriter import default_draft
from domain.script import VideoFacts, VideoScript
from store.context import gather_context
from store.facts import facts_from_context
from store.jobs import generate
from store.library import get_video_for_job
from store.models import VideoJob
from store.requests import video_request
from store.users import local_creator
from tests.iteration.conftest import Studio
from tests.iteration.frames import version_input
from video.publishing.captions import X_LIMIT, Captions, caption_problems, offline_captions
from video.snapshot import AssetSnapshot
from video.stills.rules import safe_insets

SUBJECTS = {
    "course": {"course": "saturation-secrets"},
    "product": {"product": "dusty-keys-vol-2"},
    "brand": {"prompt": "Tell producers why Pause Play Repeat is the home for their beats"},
}


def facts_and_script(catalog: Session, subject: dict[str, str]) -> tuple[VideoFacts, VideoScript]:
    request = video_request(duration=30, aspect="9:16", style="hype", voice=True, **subject)
    job = generate(catalog, local_creator(catalog), request)
    context = gather_context(catalog, job)
    facts = facts_from_context(context)
    return facts, default_draft(context, facts, total_seconds=30).script


@pytest.mark.parametrize("kind", list(SUBJECTS))
def test_offline_captions_keep_every_platform_limit(catalog: Session, kind: str) -> None:
    facts, script = facts_and_script(catalog, SUBJECTS[kind])
    captions = offline_captions(facts, script)
    assert caption_problems(captions, facts.domain) == []
    assert len(captions.x) < X_LIMIT and captions.x.rstrip().endswith(facts.domain)
    assert 15 <= captions.instagram.count("#") <= 20 and "\n" in captions.instagram
    assert 3 <= captions.tiktok.count("#") <= 6 and len(captions.tiktok) < len(captions.instagram)
    assert set(captions.hashtags) >= {
        tag.lstrip("#") for tag in captions.tiktok.split() if tag.startswith("#")
    }


def test_captions_that_break_the_limits_are_named(catalog: Session) -> None:
    facts, script = facts_and_script(catalog, SUBJECTS["course"])
    good = offline_captions(facts, script)
    broken = good.model_copy(
        update={
            "instagram": good.instagram.replace("\n", " ") + " #extra" * 6,
            "tiktok": "Short one, no tags",
            "x": "x" * 300,
        }
    )
    problems = " | ".join(caption_problems(broken, facts.domain))
    for expected in (
        "instagram: use 15-20 hashtags",
        "instagram: use line breaks",
        "tiktok: use 3-6 hashtags",
    ):
        assert expected in problems
    assert (
        "x: must be under 280 characters" in problems
        and f"x: end with the link to {facts.domain}" in problems
    )


@pytest.mark.render
async def test_the_library_entry_keeps_captions_within_the_limits(studio: Studio, parent: VideoJob) -> None:
    entry = get_video_for_job(studio.db, studio.creator, parent.id or 0)
    assert entry is not None
    captions = Captions(**entry.captions, hashtags=entry.hashtags)
    facts = facts_from_context(gather_context(studio.db, parent))
    assert caption_problems(captions, facts.domain) == []
    assert json.loads((Path(parent.out_dir or "") / "captions.json").read_text()) == captions.model_dump()


@pytest.mark.render
async def test_burned_in_captions_stay_inside_the_safe_area(studio: Studio, parent: VideoJob) -> None:
    snapshot = AssetSnapshot.model_validate_json((Path(parent.out_dir or "") / "assets.json").read_text())
    assert snapshot.voice is not None and len(snapshot.voice.words) > 10
    js, props = await version_input(studio.services, studio.db, parent)
    props |= {"words": [word.model_dump() for word in snapshot.voice.words], "burnCaptions": True}
    words = snapshot.voice.words[1::5][:4]
    frames = [round((word.start + word.end) / 2 * 30) for word in words]

    report = await studio.services.stills.check(
        js=js,
        props=props,
        frames=frames,
        out_dir=studio.data_dir / "captions-check",
        allowed_origins=studio.services.allowed_origins,
    )
    outside = [issue.message for issue in report.errors if issue.kind in {"safe_area", "overflow", "clipped"}]
    assert outside == []

    seen = await studio.frames.read(js, props, frames, studio.services.allowed_origins)
    width, height = props["width"], props["height"]
    safe = safe_insets(width, height).area(width, height)
    for word, frame in zip(words, frames, strict=True):
        caption = [text for text in seen[frame].texts() if text.text.upper() == word.word.upper()]
        assert caption, f"'{word.word}' is not on frame {frame}"
        box = caption[-1].rect
        assert safe.x <= box.x and box.right <= safe.right and safe.y <= box.y and box.bottom <= safe.bottom
