"""Small real catalogs and finished jobs for the store tests, built through the store's own API."""

import copy
from pathlib import Path
from typing import Any

from sqlmodel import Session, func, select

from domain.vocab import PIPELINE_RANK
from store.brief.load import parse_brief
from store.brief.upsert import upsert_brief
from store.catalog_writes import upsert_course, upsert_product, upsert_store
from store.models import User, VideoJob, VideoLibraryEntry, metadata
from store.results import VideoArtifacts, store_video_result
from store.status import update_job_status
from store.users import get_or_create_user


def store_data(slug: str) -> dict[str, Any]:
    return {
        "name": slug.replace("-", " ").title(),
        "slug": slug,
        "domain": f"{slug}.io",
        "brand": {"primary": "#FF5A1F", "secondary": "#FFB347", "accent": "#7C5CFF", "background": "#0E0B14"},
    }


STORE = store_data("kickroom")
COURSE = {
    "slug": "warm-mixes",
    "title": "Warm Mixes",
    "description": "Saturation that adds warmth, not mud.",
    "price": 79,
    "creator": "Dario Vance",
    "modules": [{"title": "Tape", "lessons": 3}, {"title": "Tubes", "lessons": ["Vocals", "Bass"]}],
    "enrollments": 40,
    "rating": 4.5,
    "reviews": 10,
}
PRODUCT = {
    "slug": "dusty-keys",
    "name": "Dusty Keys",
    "type": "sample_pack",
    "price": 29.5,
    "description": "Worn Rhodes loops.",
    "features": ["142 loops", "24-bit WAV"],
}


def brief_data(**fields: Any) -> dict[str, Any]:
    """A valid course brief for the Kickroom store, with `fields` replacing top-level entries."""
    data: dict[str, Any] = {
        "prompt": "Promote it",
        "store": copy.deepcopy(STORE),
        "course": copy.deepcopy(COURSE),
    }
    data.update(copy.deepcopy(fields))
    return {key: value for key, value in data.items() if value is not None}


def creator(session: Session, name: str) -> User:
    return get_or_create_user(session, f"{name}@example.com", name.title())


def add_catalog(session: Session, user: User, **fields: Any) -> None:
    """The brief's store, course or product for `user`, without queueing a job."""
    brief = parse_brief(brief_data(**fields))
    store, _ = upsert_store(session, user, brief.store)
    if brief.course is not None:
        upsert_course(session, store, brief.course)
    if brief.product is not None:
        upsert_product(session, store, brief.product)
    session.commit()


def queue_from_brief(session: Session, user: User, **fields: Any) -> VideoJob:
    return upsert_brief(session, user, parse_brief(brief_data(**fields)))


def finish_job(session: Session, job: VideoJob, folder: Path, title: str = "Warm Mixes") -> VideoLibraryEntry:
    """Walks the job through the pipeline and records small stand-in files as its result."""
    for status in ("gathering_context", "generating_script", "generating_code", "rendering"):
        if PIPELINE_RANK[status] > PIPELINE_RANK[job.status]:  # type: ignore[index]
            update_job_status(session, job, status)
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        name: folder / name
        for name in ("video.mp4", "thumbnail.jpg", "video.srt", "video.vtt", "script.json")
    }
    for path in files.values():
        path.write_bytes(b"x")
    artifacts = VideoArtifacts(
        out_dir=folder,
        video=files["video.mp4"],
        thumbnail=files["thumbnail.jpg"],
        srt=files["video.srt"],
        vtt=files["video.vtt"],
        script=files["script.json"],
        title=title,
        duration_s=job.duration_s,
        captions={"instagram": "Warm mixes, finally.", "x": "Warm mixes"},
        hashtags=["mixing", "saturation"],
    )
    return store_video_result(session, job, artifacts)


def row_counts(session: Session) -> dict[str, int]:
    """How many rows each store table holds."""
    return {
        table.name: session.exec(select(func.count()).select_from(table)).one()
        for table in metadata.sorted_tables
    }
