"""A job's status as a poller reads it, on both databases: what was added since the last read shows up, and a
deleted job's history never shows for a job that takes its id."""

import os
import time
from pathlib import Path

import pytest
from sqlmodel import Session

from domain.events import StepFinished, StepStarted
from domain.paths import job_dir
from service.job_files import delete_job
from service.status import STEP_EVENTS, StatusMemo, VideoStatus, video_status
from service.step_events import StepEventCache
from store.demo.seed import seed_demo_catalog
from store.events import append_event
from store.job_rows import owned_job_status
from store.jobs import generate
from store.models import VideoJob
from store.requests import video_request
from store.status import update_job_status
from store.users import local_creator


@pytest.fixture
def creator_session(session: Session) -> Session:
    seed_demo_catalog(session)
    return session


def queued(db: Session) -> VideoJob:
    return generate(db, local_creator(db), video_request(course="saturation-secrets"))


def test_each_read_shows_the_steps_added_since_the_last(creator_session: Session) -> None:
    db, job = creator_session, queued(creator_session)
    creator, job_id = local_creator(db), job.id
    assert job_id is not None
    assert video_status(db, creator, job_id).steps == []
    append_event(db, job, StepStarted(step="generating_script", detail="writing"))
    first = video_status(db, creator, job_id).steps
    assert [(s.name, s.seconds) for s in first] == [("generating_script", None)]
    append_event(db, job, StepFinished(step="generating_script", detail="5 scenes", seconds=1.5))
    append_event(db, job, StepStarted(step="making_images", detail="5 images"))
    again = video_status(db, creator, job_id).steps
    assert [(s.name, s.detail, s.seconds) for s in again] == [
        ("generating_script", "5 scenes", 1.5),
        ("making_images", "5 images", None),
    ]


def test_a_job_that_takes_a_deleted_jobs_id_has_none_of_its_steps(creator_session: Session) -> None:
    db, creator = creator_session, local_creator(creator_session)
    old = queued(db)
    assert old.id is not None
    append_event(db, old, StepStarted(step="generating_script", detail="the old job's step"))
    assert len(video_status(db, creator, old.id).steps) == 1
    update_job_status(db, old, "failed", error="stopped")
    delete_job(db, creator, old.id)
    new = queued(db)
    assert new.id is not None
    assert video_status(db, creator, new.id).steps == []


def test_the_cache_reads_only_new_events_and_keeps_at_most_its_capacity(creator_session: Session) -> None:
    db = creator_session
    cache = StepEventCache(("step_started",), capacity=2)
    jobs = [queued(db) for _ in range(3)]
    for job in jobs:
        append_event(db, job, StepStarted(step="generating_script", detail=f"job {job.id}"))
        assert details(cache, db, job) == [f"job {job.id}"]
    assert len(cache) == 2
    last = jobs[-1]
    append_event(db, last, StepFinished(step="generating_script", detail="done", seconds=1.0))
    assert details(cache, db, last) == [f"job {last.id}"]
    append_event(db, last, StepStarted(step="making_images", detail="next"))
    assert details(cache, db, last) == [f"job {last.id}", "next"]


def details(cache: StepEventCache, db: Session, job: VideoJob) -> list[str]:
    return [event.data.detail for event in cache.events(db, job) if isinstance(event.data, StepStarted)]


def test_a_poll_whose_row_shows_no_new_event_reads_no_events(creator_session: Session) -> None:
    db, job = creator_session, queued(creator_session)
    creator, job_id = local_creator(db), job.id
    assert job_id is not None
    cache = StepEventCache(("step_started",))
    append_event(db, job, StepStarted(step="generating_script", detail="writing"))
    row = owned_job_status(db, creator, job_id)
    assert row.last_event_seq == 1
    assert len(cache.events(db, row, row.last_event_seq)) == 1
    assert len(cache.events(db, row, row.last_event_seq)) == 1
    assert cache.reads == 1, "the second poll found nothing new in the row and read no events"
    append_event(db, job, StepFinished(step="generating_script", detail="5 scenes", seconds=1.5))
    row = owned_job_status(db, creator, job_id)
    assert row.last_event_seq == 2
    assert len(cache.events(db, row, row.last_event_seq)) == 1, "an event of another type"
    assert cache.reads == 2
    append_event(db, job, StepStarted(step="making_images", detail="5 images"))
    row = owned_job_status(db, creator, job_id)
    assert [event.seq for event in cache.events(db, row, row.last_event_seq)] == [1, 3]
    assert cache.reads == 3


def test_a_poll_that_finds_nothing_new_builds_no_new_status(
    creator_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PPR_VIDEO_DATA_DIR", str(tmp_path))
    db, job = creator_session, queued(creator_session)
    creator, job_id = local_creator(db), job.id
    assert job_id is not None
    memo, cache = StatusMemo(), StepEventCache(STEP_EVENTS)

    def poll() -> VideoStatus:
        row = owned_job_status(db, creator, job_id)
        return memo.status(row, cache.events(db, row, row.last_event_seq))

    first = poll()
    assert poll() is first and memo.builds == 1
    append_event(db, job, StepStarted(step="generating_script", detail="writing"))
    assert [step.name for step in poll().steps] == ["generating_script"]
    update_job_status(db, job, "completed")
    assert (poll().status, poll().files) == ("completed", [])
    folder = job_dir(job_id)
    folder.mkdir(parents=True)
    (folder / "video.mp4").write_bytes(b"")
    assert poll().files == ["video.mp4"]
    assert memo.builds == 4, "the step, the status and the file each made a new status"
    settled = time.time_ns() - 10**10
    os.utime(folder, ns=(settled, settled))
    assert poll().files == ["video.mp4"] and memo.builds == 4
    (folder / "video-captioned.mp4").write_bytes(b"")
    assert poll().files == ["video.mp4", "video-captioned.mp4"]
