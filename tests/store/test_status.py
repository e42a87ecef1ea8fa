from pathlib import Path

import pytest
from sqlmodel import Session

from domain.errors import UserError
from store.job_records import (
    add_job_note,
    record_agent_outcome,
    record_asset_work,
    record_step_timing,
    record_validation,
    set_render_progress,
)
from store.jobs import generate
from store.models import VideoJob
from store.requests import video_request
from store.status import StatusMoveRefused, update_job_status
from tests.store.builders import add_catalog, creator, finish_job


@pytest.fixture
def job(session: Session) -> VideoJob:
    user = creator(session, "alice")
    add_catalog(session, user)
    return generate(session, user, video_request(course="warm-mixes"))


def test_the_pipeline_moves_forward_with_default_progress(session: Session, job: VideoJob) -> None:
    seen = []
    for status in ("gathering_context", "generating_script", "generating_assets", "generating_voice"):
        update_job_status(session, job, status)
        seen.append((job.status, job.progress))
    assert seen == [
        ("gathering_context", 10),
        ("generating_script", 25),
        ("generating_assets", 40),
        ("generating_voice", 55),
    ]
    assert job.started_at is not None and job.finished_at is None


def test_assets_and_voice_run_in_parallel_so_either_order_is_accepted(
    session: Session, job: VideoJob
) -> None:
    update_job_status(session, job, "generating_voice")
    update_job_status(session, job, "generating_assets")
    assert (job.status, job.progress) == ("generating_assets", 55)
    update_job_status(session, job, "generating_voice")
    update_job_status(session, job, "generating_code", progress=72)
    assert (job.status, job.progress) == ("generating_code", 72)


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        (["generating_code"], "generating_script"),
        (["rendering"], "gathering_context"),
        (["generating_assets"], "queued"),
        (["rendering", "completed"], "failed"),
        (["rendering", "completed"], "rendering"),
        (["failed"], "rendering"),
    ],
)
def test_status_never_moves_backwards_or_out_of_a_final_state(
    session: Session, job: VideoJob, path: list[str], refused: str
) -> None:
    for status in path:
        update_job_status(session, job, status, error="boom" if status == "failed" else None)
    with pytest.raises(StatusMoveRefused, match=f"cannot move from {path[-1]} to {refused}"):
        update_job_status(session, job, refused)
    session.refresh(job)
    assert job.status == path[-1]


def test_unknown_statuses_and_progress_out_of_range_are_refused(session: Session, job: VideoJob) -> None:
    with pytest.raises(StatusMoveRefused, match="'painting' is not a job status"):
        update_job_status(session, job, "painting")
    with pytest.raises(UserError, match="progress: must be from 0 to 100"):
        update_job_status(session, job, "rendering", progress=120)


def test_progress_never_goes_down_within_the_pipeline(session: Session, job: VideoJob) -> None:
    update_job_status(session, job, "generating_script", progress=30)
    update_job_status(session, job, "generating_script", progress=20)
    assert job.progress == 30


def test_failure_stores_the_error_and_a_retry_goes_back_to_queued(session: Session, job: VideoJob) -> None:
    update_job_status(session, job, "rendering")
    update_job_status(session, job, "failed", error="chromium crashed")
    assert (job.status, job.error, job.retry_count, job.progress) == ("failed", "chromium crashed", 1, 85)
    assert job.finished_at is not None

    update_job_status(session, job, "queued")
    assert (job.status, job.error, job.progress, job.finished_at) == ("queued", None, 0, None)
    assert job.notes == ["attempt 1 failed: chromium crashed"]


def test_after_three_failures_there_is_no_retry(session: Session, job: VideoJob) -> None:
    for attempt in range(3):
        update_job_status(session, job, "failed", error=f"failure {attempt + 1}")
        if attempt < 2:
            update_job_status(session, job, "queued")
    with pytest.raises(StatusMoveRefused, match="failed 3 times; no retries left"):
        update_job_status(session, job, "queued")


def test_pipeline_records_are_kept_on_the_job(session: Session, job: VideoJob, tmp_path: Path) -> None:
    record_step_timing(session, job, "generating_script", 1.25)
    record_step_timing(session, job, "generating_script", 0.5)
    record_step_timing(session, job, "rendering", 9.0)
    record_validation(session, job, passed=False)
    record_validation(session, job, passed=True)
    record_asset_work(session, job, "images", {"count": 3, "provider": "offline"})
    add_job_note(session, job, "cannot change the font offline")
    record_agent_outcome(session, job, model="offline", stop_reason="rendered", fallback="template:course")
    update_job_status(session, job, "rendering")
    set_render_progress(session, job, 0.5)

    session.expire_all()
    stored = session.get_one(VideoJob, job.id)
    assert stored.step_timings == {"generating_script": 1.75, "rendering": 9.0}
    assert (stored.validation_attempts, stored.validation_passed) == (2, True)
    assert stored.asset_work == {"images": {"count": 3, "provider": "offline"}}
    assert stored.notes == ["cannot change the font offline"]
    assert (stored.model, stored.stop_reason, stored.fallback) == ("offline", "rendered", "template:course")
    assert (stored.render_progress, stored.progress) == (0.5, 92)

    finish_job(session, stored, tmp_path)
    assert (stored.status, stored.progress, stored.render_progress) == ("completed", 100, 1.0)
