"""Scheduling a finished video on social platforms: create, list, cancel (posting is out of scope)."""

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from domain.errors import NotFound, UserError
from domain.vocab import PLATFORMS, POST_STATUSES
from store.clock import as_utc, utc_now
from store.models import ScheduledPost, User, VideoLibraryEntry, saved_id
from store.ownership import owned_video

MAX_CAPTION = 2200


def schedule_post(
    session: Session,
    user: User,
    video_id: int,
    when: datetime,
    platforms: Sequence[str],
    captions: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ScheduledPost:
    """Schedules the video on `platforms` at `when` (naive times are UTC). A platform's caption comes from
    `captions`, else from the captions written for the video, else its title."""
    video = owned_video(session, user, video_id)
    when = as_utc(when)
    if when <= (now or utc_now()):
        raise UserError(f"when: must be in the future (got {when:%Y-%m-%d %H:%M} UTC)")
    chosen = _platforms(platforms)
    given = dict(captions or {})
    for platform in given:
        if platform not in chosen:
            raise UserError(f"captions.{platform}: not one of the chosen platforms ({', '.join(chosen)})")
    texts = {platform: given.get(platform) or _default_caption(video, platform) for platform in chosen}
    for platform, text in texts.items():
        if len(text) > MAX_CAPTION:
            raise UserError(
                f"captions.{platform}: must be at most {MAX_CAPTION} characters (got {len(text)})"
            )
    post = ScheduledPost(
        owner_id=saved_id(user),
        video_id=saved_id(video),
        scheduled_for=when,
        platforms=chosen,
        captions=texts,
    )
    session.add(post)
    session.commit()
    return post


def list_scheduled_posts(session: Session, user: User, status: str | None = None) -> list[ScheduledPost]:
    """The creator's posts, soonest first; `status` keeps only scheduled, cancelled or posted ones."""
    query = select(ScheduledPost).where(ScheduledPost.owner_id == user.id)
    if status is not None:
        if status not in POST_STATUSES:
            raise UserError(f"status: must be one of {', '.join(POST_STATUSES)} (got {status!r})")
        query = query.where(ScheduledPost.status == status)
    query = query.order_by(col(ScheduledPost.scheduled_for), col(ScheduledPost.id))
    return list(session.exec(query).all())


def cancel_scheduled_post(
    session: Session, user: User, post_id: int, now: datetime | None = None
) -> ScheduledPost:
    post = session.exec(
        select(ScheduledPost).where(ScheduledPost.id == post_id, ScheduledPost.owner_id == user.id)
    ).first()
    if post is None:
        raise NotFound(f"post {post_id}: no such scheduled post; check the id")
    if post.status != "scheduled":
        raise UserError(f"post {post_id}: is already {post.status}; only a scheduled post can be cancelled")
    post.status = "cancelled"
    post.cancelled_at = now or utc_now()
    session.add(post)
    session.commit()
    return post


def _platforms(platforms: Sequence[str]) -> list[str]:
    if not platforms:
        raise UserError(f"platforms: choose at least one of {', '.join(PLATFORMS)}")
    for platform in platforms:
        if platform not in PLATFORMS:
            raise UserError(f"platforms: '{platform}' is not supported; use {', '.join(PLATFORMS)}")
    return list(dict.fromkeys(platforms))


def _default_caption(video: VideoLibraryEntry, platform: str) -> str:
    return video.captions.get(platform) or video.title
