"""The server's in-process workers: no job runs twice though every model answer takes longer than the time
after which a silent job counts as abandoned, and a restarted server picks up queued and interrupted jobs."""

import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from agent.deps import RunSettings
from agent.lease import LeaseTimes
from domain.events import StatusChanged
from service import generate_video
from service.workers import WorkerSettings
from store.clock import as_utc, utc_now
from store.db import make_engine
from store.events import job_events
from store.models import VideoJob
from store.requests import video_request
from store.status import update_job_status
from tests.web.conftest import ALICE, Studio
from tests.web.slow_model import SlowDirector
from web.settings import StudioSettings
from web.workers import WorkerPool

pytestmark = pytest.mark.render

SMALL = RunSettings(render_scale=0.1, x264_preset="ultrafast")
# A job counts as abandoned 2 s after its last heartbeat; each model answer takes 3 s (the 90 s
# against 60 s, scaled down).
LEASE = LeaseTimes(stale_after=timedelta(seconds=2), renew_every=timedelta(seconds=0.25))
ANSWER_S = 3.0


def queue_two(studio: Studio) -> list[int]:

    alice = studio.user(ALICE)
    request = video_request(course="saturation-secrets", duration=15, voice=False)
    return [generate_video(studio.db, alice, request).id or 0 for _ in range(2)]


def wait_until(check: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_two_workers_with_a_slow_model_run_each_job_once(studio: Studio) -> None:
    job_ids = queue_two(studio)
    slow = SlowDirector(delay_s=ANSWER_S)
    settings = WorkerSettings(count=2, model=slow.choice(), run=SMALL, poll_s=0.1, lease=LEASE)
    oldest_heartbeat = 0.0
    watching = True
    engine = make_engine(studio.url)

    def watch_heartbeats() -> None:
        nonlocal oldest_heartbeat
        while watching:
            with Session(engine) as session:
                for job in session.exec(select(VideoJob)).all():
                    if job.status not in ("queued", "completed", "failed", "cancelled") and job.heartbeat_at:
                        age = (utc_now() - as_utc(job.heartbeat_at)).total_seconds()
                        oldest_heartbeat = max(oldest_heartbeat, age)
            time.sleep(0.05)

    watcher = threading.Thread(target=watch_heartbeats)
    watcher.start()
    pool = WorkerPool(settings).start()
    try:

        def both_finished() -> bool:
            return all(any(event.final for event in job_events(studio.db, job_id)) for job_id in job_ids)

        wait_until(both_finished, 500, "both jobs to finish")
    finally:
        pool.stop()
        watching = False
        watcher.join()
        engine.dispose()

    studio.db.expire_all()
    assert slow.answers >= 4, "the model was really asked, slowly"
    assert oldest_heartbeat < LEASE.stale_after.total_seconds(), oldest_heartbeat
    runners = set()
    for job_id in job_ids:
        job = studio.db.get_one(VideoJob, job_id)
        assert job.status == "completed", job.error
        assert job.retry_count == 0 and not any("interrupted" in note for note in job.notes), job.notes
        statuses = [e.data.status for e in job_events(studio.db, job_id) if isinstance(e.data, StatusChanged)]
        assert statuses.count("gathering_context") == 1 and statuses.count("completed") == 1, statuses
        kinds = [event.data.type for event in job_events(studio.db, job_id)]
        assert kinds.count("completed") == 1 and kinds.count("failed") == 0
        runners.add(job.claimed_by)
    assert len(runners) == 2, "each worker ran one job"


def test_a_restarted_server_picks_up_queued_and_interrupted_jobs(studio: Studio) -> None:
    queued, interrupted = queue_two(studio)
    job = studio.db.get_one(VideoJob, interrupted)
    update_job_status(studio.db, job, "gathering_context")
    update_job_status(studio.db, job, "generating_script")
    job.claimed_by = "old-server:1:1"
    job.heartbeat_at = utc_now() - timedelta(minutes=2)
    studio.db.add(job)
    studio.db.commit()

    slow = SlowDirector(delay_s=0.0)
    settings = StudioSettings(workers=WorkerSettings(count=2, model=slow.choice(), run=SMALL, poll_s=0.1))
    with studio.client(settings):

        def both_running_again() -> bool:
            studio.db.expire_all()
            jobs = [studio.db.get_one(VideoJob, job_id) for job_id in (queued, interrupted)]
            return all(
                row.claimed_by not in (None, "old-server:1:1") and row.status not in ("queued", "failed")
                for row in jobs
            )

        wait_until(both_running_again, 60, "the new server to take both jobs")

    resumed = studio.db.get_one(VideoJob, interrupted)
    assert resumed.retry_count == 1
    assert any("interrupted: its runner stopped during generating_script" in note for note in resumed.notes)
    statuses = [
        e.data.status for e in job_events(studio.db, interrupted) if isinstance(e.data, StatusChanged)
    ]
    assert statuses[:5] == ["gathering_context", "generating_script", "failed", "queued", "gathering_context"]
