from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from domain.errors import NotFound
from store.jobs import generate, iterate
from store.library import (
    count_video_event,
    delete_video,
    get_video_by_id,
    get_video_for_job,
    get_video_library,
)
from store.models import User, VideoJob, VideoLibraryEntry
from store.requests import video_request
from store.results import VideoArtifacts, store_video_result
from store.versions import get_thread_versions
from tests.store.builders import PRODUCT, add_catalog, creator, finish_job, store_data


@pytest.fixture
def alice(session: Session) -> User:
    user = creator(session, "alice")
    add_catalog(session, user)
    add_catalog(session, user, store=store_data("alice-two"), course=None, product=PRODUCT)
    return user


def made_video(session: Session, user: User, folder: Path, **request: object) -> VideoLibraryEntry:
    job = generate(session, user, video_request(**request))
    return finish_job(session, job, folder)


def test_a_stored_result_completes_the_job_and_fills_the_library(
    session: Session, alice: User, tmp_path: Path
) -> None:
    video = made_video(session, alice, tmp_path, course="warm-mixes", aspect="1:1")
    job = session.get_one(VideoJob, video.job_id)

    assert (job.status, job.progress, job.out_dir) == ("completed", 100, str(tmp_path))
    assert job.artifacts["video"] == str(tmp_path / "video.mp4")
    assert set(job.artifacts) == {"video", "thumbnail", "srt", "vtt", "script"}
    assert (video.title, video.aspect, video.version, video.version_label) == (
        "Warm Mixes",
        "1:1",
        1,
        "Version 1 (original)",
    )
    assert video.captions["instagram"] == "Warm mixes, finally."
    assert get_video_for_job(session, alice, job.id) == video


def test_a_result_needs_its_video_file(session: Session, alice: User, tmp_path: Path) -> None:
    job = generate(session, alice, video_request(course="warm-mixes"))
    artifacts = VideoArtifacts(out_dir=tmp_path, video=tmp_path / "missing.mp4", title="t", duration_s=30)
    with pytest.raises(FileNotFoundError, match=r"missing\.mp4 does not exist"):
        store_video_result(session, job, artifacts)


def test_the_library_is_newest_first_and_filters_by_store(
    session: Session, alice: User, tmp_path: Path
) -> None:
    first = made_video(session, alice, tmp_path / "1", course="warm-mixes")
    second = made_video(session, alice, tmp_path / "2", product="dusty-keys")
    third = made_video(session, alice, tmp_path / "3", prompt="brand", store="kickroom")
    first.created_at = third.created_at + timedelta(seconds=5)
    session.add(first)
    session.commit()

    assert [v.id for v in get_video_library(session, alice)] == [first.id, third.id, second.id]
    assert [v.id for v in get_video_library(session, alice, store="alice-two")] == [second.id]
    with pytest.raises(NotFound, match="you have no store 'nope'"):
        get_video_library(session, alice, store="nope")
    assert get_video_library(session, creator(session, "bob")) == []


def test_another_creators_video_behaves_like_an_unknown_id(
    session: Session, alice: User, tmp_path: Path
) -> None:
    video = made_video(session, alice, tmp_path, course="warm-mixes")
    bob = creator(session, "bob")
    add_catalog(session, bob, store=store_data("bob-store"))
    unknown_id = video.id + 1000

    messages = []
    for video_id in (video.id, unknown_id):
        for attempt in (get_video_by_id, delete_video):
            with pytest.raises(NotFound) as refused:
                attempt(session, bob, video_id)
            messages.append(str(refused.value).replace(str(video_id), "ID"))
    assert len(set(messages)) == 1
    assert (tmp_path / "video.mp4").is_file()
    assert get_video_by_id(session, alice, video.id).id == video.id


def test_deleting_a_video_removes_its_files_and_empty_folder(
    session: Session, alice: User, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    video = made_video(session, alice, out, course="warm-mixes")
    job_id = video.job_id

    removed = delete_video(session, alice, video.id)

    assert {path.name for path in removed} == {
        "video.mp4",
        "thumbnail.jpg",
        "video.srt",
        "video.vtt",
        "script.json",
    }
    assert not out.exists()
    assert get_video_library(session, alice) == []
    with pytest.raises(NotFound):
        get_video_by_id(session, alice, video.id)
    job = session.get_one(VideoJob, job_id)
    assert (job.status, job.artifacts) == ("completed", {})


def test_deleting_keeps_files_the_video_does_not_own(session: Session, alice: User, tmp_path: Path) -> None:
    video = made_video(session, alice, tmp_path, course="warm-mixes")
    (tmp_path / "notes.txt").write_text("mine")
    delete_video(session, alice, video.id)
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert not (tmp_path / "video.mp4").exists()


def test_views_downloads_and_shares_are_counted(session: Session, alice: User, tmp_path: Path) -> None:
    video = made_video(session, alice, tmp_path, course="warm-mixes")
    for event in ("view", "view", "download", "share"):
        count_video_event(session, alice, video.id, event)  # type: ignore[arg-type]
    session.refresh(video)
    assert (video.views, video.downloads, video.shares) == (2, 1, 1)


def test_versions_of_a_thread_by_job_id_or_thread_id(session: Session, alice: User, tmp_path: Path) -> None:
    original = made_video(session, alice, tmp_path / "v1", course="warm-mixes")
    second_job = iterate(session, alice, original.job_id, "make the hook shorter")
    second = finish_job(session, second_job, tmp_path / "v2")
    third_job = iterate(session, alice, second_job.id, "add the enrollment count")

    by_job = get_thread_versions(session, alice, third_job.id)
    by_thread = get_thread_versions(session, alice, second_job.thread_id)
    assert by_job == by_thread
    assert [(v.version, v.label, v.status, v.video_id) for v in by_job] == [
        (1, "Version 1 (original)", "completed", original.id),
        (2, "Version 2 (made hook shorter)", "completed", second.id),
        (3, "Version 3 (added enrollment count)", "queued", None),
    ]
    assert [v.parent_id for v in by_job] == [None, original.job_id, second_job.id]
    assert second.version_label == "Version 2 (made hook shorter)"

    bob = creator(session, "bob")
    with pytest.raises(NotFound, match="no such thread"):
        get_thread_versions(session, bob, second_job.thread_id)
    with pytest.raises(NotFound, match="no such job"):
        get_thread_versions(session, bob, str(third_job.id))
