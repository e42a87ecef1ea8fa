from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import Session

from domain.errors import NotFound, UserError
from store.clock import utc_now
from store.jobs import generate
from store.library import delete_video
from store.models import User, VideoLibraryEntry
from store.posts import cancel_scheduled_post, list_scheduled_posts, schedule_post
from store.requests import video_request
from tests.store.builders import add_catalog, creator, finish_job


@pytest.fixture
def alice(session: Session) -> User:
    user = creator(session, "alice")
    add_catalog(session, user)
    return user


@pytest.fixture
def video(session: Session, alice: User, tmp_path: Path) -> VideoLibraryEntry:
    return finish_job(session, generate(session, alice, video_request(course="warm-mixes")), tmp_path)


def test_schedule_list_and_cancel(session: Session, alice: User, video: VideoLibraryEntry) -> None:
    tomorrow = utc_now() + timedelta(days=1)
    later = schedule_post(
        session, alice, video.id, tomorrow + timedelta(hours=2), ["tiktok", "x"], {"x": "New!"}
    )
    sooner = schedule_post(session, alice, video.id, tomorrow, ["instagram", "youtube_shorts"])

    assert later.captions == {"tiktok": "Warm Mixes", "x": "New!"}
    assert sooner.captions == {"instagram": "Warm mixes, finally.", "youtube_shorts": "Warm Mixes"}
    assert [p.id for p in list_scheduled_posts(session, alice)] == [sooner.id, later.id]

    cancel_scheduled_post(session, alice, later.id)
    assert [p.id for p in list_scheduled_posts(session, alice, status="scheduled")] == [sooner.id]
    assert [p.status for p in list_scheduled_posts(session, alice, status="cancelled")] == ["cancelled"]
    with pytest.raises(UserError, match="is already cancelled"):
        cancel_scheduled_post(session, alice, later.id)


def test_aware_times_are_stored_in_utc(session: Session, alice: User, video: VideoLibraryEntry) -> None:
    two_pm_in_berlin_summer = datetime(2099, 6, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    post = schedule_post(session, alice, video.id, two_pm_in_berlin_summer, ["x"])
    session.expire_all()
    stored = list_scheduled_posts(session, alice)[0]
    assert stored.id == post.id and stored.scheduled_for == datetime(2099, 6, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("platforms", "captions", "when", "message"),
    [
        (
            [],
            None,
            timedelta(days=1),
            "platforms: choose at least one of instagram, tiktok, youtube_shorts, x",
        ),
        (["myspace"], None, timedelta(days=1), "platforms: 'myspace' is not supported"),
        (["x"], {"tiktok": "hi"}, timedelta(days=1), "captions.tiktok: not one of the chosen platforms"),
        (["x"], {"x": "y" * 3000}, timedelta(days=1), "captions.x: must be at most 2200 characters"),
        (["x"], None, -timedelta(minutes=1), "when: must be in the future"),
    ],
)
def test_bad_posts_are_refused(
    session: Session,
    alice: User,
    video: VideoLibraryEntry,
    platforms: list[str],
    captions: dict[str, str] | None,
    when: timedelta,
    message: str,
) -> None:
    with pytest.raises(UserError) as refused:
        schedule_post(session, alice, video.id, utc_now() + when, platforms, captions)
    assert str(refused.value).startswith(message)
    assert list_scheduled_posts(session, alice) == []


def test_posts_are_private_and_go_with_their_video(
    session: Session, alice: User, video: VideoLibraryEntry
) -> None:
    post = schedule_post(session, alice, video.id, utc_now() + timedelta(days=1), ["x"])
    bob = creator(session, "bob")
    with pytest.raises(NotFound, match="no such video"):
        schedule_post(session, bob, video.id, utc_now() + timedelta(days=1), ["x"])
    with pytest.raises(NotFound, match="no such scheduled post"):
        cancel_scheduled_post(session, bob, post.id)
    assert list_scheduled_posts(session, bob) == []
    with pytest.raises(UserError, match="status: must be one of scheduled, cancelled, posted"):
        list_scheduled_posts(session, alice, status="late")

    delete_video(session, alice, video.id)
    assert list_scheduled_posts(session, alice) == []
