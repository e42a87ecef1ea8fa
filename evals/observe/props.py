"""The final composition of a case output and its input props, rebuilt from the folder: the script, the
asset snapshot and the facts the video was made with (facts.json; from the brief when the folder has none)."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from domain.aspect import FRAME_SIZES
from domain.paths import data_dir, job_dir
from domain.script import VideoFacts
from evals.output import ASSETS_FOLDER, EvalOutput
from store.brief.model import Brief
from store.context import (
    Analytics,
    BrandColours,
    CourseInfo,
    ModuleInfo,
    ProductInfo,
    StoreInfo,
    VideoContext,
)
from store.facts import facts_from_context
from video.dynamic_props import dynamic_video_props
from video.engine.media import MediaInfo
from video.snapshot import SNAPSHOT_FILE, AssetSnapshot
from video.templates import template_props

DYNAMIC = "DynamicVideo"


@dataclass
class VideoInput:
    """Everything the preview page needs to show the video's frames, and what had to be guessed."""

    composition: str
    props: dict[str, Any]
    width: int
    height: int
    duration_in_frames: int
    notes: list[str] = field(default_factory=list)


def facts_from_brief(brief: Brief) -> VideoFacts:
    """The facts a video of `brief` gets in a store that holds nothing but the brief's data."""
    store = StoreInfo(
        name=brief.store.name,
        slug=brief.store.slug,
        domain=brief.store.domain,
        brand=BrandColours.model_validate(brief.store.brand.model_dump()),
        logo_path=brief.store.logo,
        socials={},
    )
    course = None
    if brief.course is not None:
        course = CourseInfo(
            slug=brief.course.slug,
            title=brief.course.title,
            description=brief.course.description,
            price=brief.course.price,
            currency=brief.course.currency,
            creator_name=brief.course.creator or brief.store.name,
            modules=[
                ModuleInfo(title=module.title, lesson_count=len(module.lesson_titles()))
                for module in brief.course.modules or []
            ],
            enrollment_count=brief.course.enrollments or 0,
        )
    product = None
    if brief.product is not None:
        product = ProductInfo(
            slug=brief.product.slug,
            name=brief.product.name,
            type=brief.product.type,
            description=brief.product.description,
            price=brief.product.price,
            currency=brief.product.currency,
            features=list(brief.product.features),
        )
    reviews = brief.course.reviews if brief.course else None
    rating = brief.course.rating if brief.course else None
    context = VideoContext(
        job_id=0,
        kind="course" if course else "product" if product else "brand",
        prompt=brief.prompt,
        feedback=None,
        style=brief.style,
        duration_s=brief.duration,
        aspect=brief.aspect,
        voice=brief.voice,
        store=store,
        course=course,
        product=product,
        analytics=Analytics(sales_count=0, review_count=reviews or 0, average_rating=rating),
    )
    return facts_from_context(context)


def _snapshot(output: EvalOutput) -> tuple[AssetSnapshot | None, str | None]:
    """The folder's asset snapshot, else the one in the job's folder in the data directory."""
    if output.snapshot is not None:
        return output.snapshot, None
    if output.job_id is not None:
        path = job_dir(output.job_id) / SNAPSHOT_FILE
        if path.is_file():
            snapshot = AssetSnapshot.model_validate_json(path.read_text())
            return snapshot, f"{SNAPSHOT_FILE} read from the data directory ({path})"
    return None, f"no {SNAPSHOT_FILE}: the frames were laid out without images or narration"


def asset_root(output: EvalOutput) -> Path:
    """Where the snapshot's files are: the case folder's assets/, else the data directory's asset store."""
    own = output.folder / ASSETS_FOLDER
    return own if own.is_dir() else data_dir() / "assets"


def video_input(
    output: EvalOutput, brief: Brief, media: MediaInfo | None, asset_origin: str | None, js: str | None
) -> VideoInput:
    """The final composition (DynamicVideo running `js`, or the fallback template) with its props, at the
    MP4's size (the size it was rendered at)."""
    assert output.script is not None
    notes: list[str] = []
    facts = output.facts
    if facts is None:
        facts = facts_from_brief(brief)
        notes.append("no facts.json: the facts were rebuilt from the brief")
    snapshot, note = _snapshot(output)
    if note:
        notes.append(note)
    root = asset_root(output)

    def url(key: str | None) -> str | None:
        if key is None or asset_origin is None:
            return None
        if not (root / key).is_file():
            notes.append(f"asset {key} is missing from {root}")
            return None
        return f"{asset_origin}/{key}"

    images: list[str | None] = [url(key) for key in snapshot.images] if snapshot else []
    images += [None] * (len(output.script.scenes) - len(images))
    voice = snapshot.voice if snapshot else None
    audio = url(voice.audio_key) if voice else None
    aspect = str(output.report.get("aspect") or brief.aspect)
    width, height = (media.width, media.height) if media else FRAME_SIZES[aspect]  # type: ignore[index]
    frames = output.script.total_frames()
    if output.fallback:
        props = template_props(output.fallback, facts, output.script, images, audio)
        return VideoInput(output.fallback, props, width, height, frames, notes)
    props = dynamic_video_props(
        output.script, facts, images, audio, (width, height), voice.words if voice else None
    )
    return VideoInput(DYNAMIC, {**props, "code": js}, width, height, frames, notes)
