"""Scheduling a finished video on social platforms (the posting itself is out of scope)."""

from fastapi import APIRouter, status

from domain.errors import UserError
from store.library import get_video_for_job
from store.models import ScheduledPost, VideoLibraryEntry, saved_id
from store.posts import cancel_scheduled_post, list_scheduled_posts, schedule_post
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute
from web.routes.schemas import PostIn, PostOut

router = APIRouter(prefix="/api/scheduled-posts", tags=["posts"], route_class=SessionRoute)


def post_out(post: ScheduledPost, job_id: int) -> PostOut:
    return PostOut(
        id=saved_id(post),
        job_id=job_id,
        platforms=post.platforms,
        captions=post.captions,
        at=post.scheduled_for,
        status=post.status,
    )


@router.post("", status_code=status.HTTP_201_CREATED)
def create_post(body: PostIn, user: CurrentUser, db: SessionDep) -> PostOut:
    """A caption a platform is not given comes from the captions written for the video."""
    video = get_video_for_job(db, user, body.job_id)
    if video is None:
        raise UserError(f"job_id: job {body.job_id} has no finished video yet")
    try:
        post = schedule_post(db, user, saved_id(video), body.at, body.platforms, body.captions)
    except UserError as error:
        message = str(error)
        if not message.startswith("when:"):
            raise
        # The store names the time `when`; this API's field is `at`.
        raise UserError("at:" + message.removeprefix("when:")) from None
    return post_out(post, body.job_id)


@router.get("")
def list_posts(user: CurrentUser, db: SessionDep) -> list[PostOut]:
    posts = list_scheduled_posts(db, user)
    return [post_out(post, db.get_one(VideoLibraryEntry, post.video_id).job_id) for post in posts]


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_post(post_id: int, user: CurrentUser, db: SessionDep) -> None:
    cancel_scheduled_post(db, user, post_id)
