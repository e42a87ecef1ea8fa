"""A brief becomes catalog rows and a queued job in one transaction: all of it is written, or nothing."""

from pathlib import Path

from sqlmodel import Session

from store.brief.load import load_brief
from store.brief.model import Brief
from store.catalog_activity import set_enrollment_count, set_review_average
from store.catalog_lookup import VideoSubject
from store.catalog_writes import upsert_course, upsert_product, upsert_store
from store.jobs import new_video_job
from store.models import User, VideoJob
from store.requests import VideoRequest


def upsert_brief(session: Session, user: User, brief: Brief) -> VideoJob:
    """Creates or updates the brief's store, course or product (by slug) for `user` and queues its job."""
    try:
        store, _ = upsert_store(session, user, brief.store)
        subject = VideoSubject(store=store)
        if brief.course is not None:
            course, _ = upsert_course(session, store, brief.course)
            if brief.course.enrollments is not None:
                set_enrollment_count(session, course, brief.course.enrollments)
            if brief.course.reviews is not None and brief.course.rating is not None:
                set_review_average(session, course, brief.course.reviews, brief.course.rating)
            subject = VideoSubject(store=store, course=course)
        if brief.product is not None:
            product, _ = upsert_product(session, store, brief.product)
            subject = VideoSubject(store=store, product=product)
        job = new_video_job(user, subject, _request_of(brief))
        session.add(job)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return job


def queue_brief_file(session: Session, user: User, path: Path) -> VideoJob:
    """Reads, validates and upserts the brief file at `path`; a UserError naming the field writes nothing."""
    return upsert_brief(session, user, load_brief(path))


def _request_of(brief: Brief) -> VideoRequest:
    """The request the brief makes; it names its subject, so a course or product brief needs no prompt."""
    return VideoRequest(
        prompt=brief.prompt,
        store=brief.store.slug,
        course=brief.course.slug if brief.course else None,
        product=brief.product.slug if brief.product else None,
        style=brief.style,
        duration=brief.duration,
        aspect=brief.aspect,
        voice=brief.voice,
        voice_id=brief.voice_id,
    )
