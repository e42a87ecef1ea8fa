"""Cancelling and retrying jobs through the service, on both databases; every move is an event."""

import pytest
from sqlmodel import Session

from domain.errors import UserError
from domain.events import StatusChanged
from service import cancel_job, events_of, retry_job
from store.demo.seed import seed_demo_catalog
from store.job_queue import claim_next_job
from store.jobs import generate
from store.requests import video_request
from store.status import update_job_status
from store.users import get_or_create_user, local_creator


@pytest.fixture
def creator_session(session: Session) -> Session:
    seed_demo_catalog(session)
    return session


def test_a_cancelled_job_is_never_claimed_and_can_be_retried(creator_session: Session) -> None:
    db = creator_session
    creator = local_creator(db)
    job = generate(db, creator, video_request(course="saturation-secrets"))
    assert job.id is not None
    cancel_job(db, creator, job.id)
    assert job.status == "cancelled" and job.error == "cancelled by the creator"
    assert claim_next_job(db, "worker-a") is None
    retried = retry_job(db, creator, job.id)
    assert retried.status == "queued" and retried.error is None and retried.retry_count == 0
    statuses = [
        event.data.status for event in events_of(db, creator, job.id) if isinstance(event.data, StatusChanged)
    ]
    assert statuses == ["cancelled", "queued"]
    claimed = claim_next_job(db, "worker-a")
    assert claimed is not None and claimed.id == job.id


def test_a_job_out_of_retries_can_be_retried_by_its_creator(creator_session: Session) -> None:
    db = creator_session
    creator = local_creator(db)
    job = generate(db, creator, video_request(course="saturation-secrets"))
    assert job.id is not None
    for attempt in range(3):
        if attempt:
            update_job_status(db, job, "queued")
        update_job_status(db, job, "failed", error="chromium crashed")
    assert job.retry_count == 3
    assert retry_job(db, creator, job.id).status == "queued"


def test_finished_and_foreign_jobs_are_refused_with_the_reason(creator_session: Session) -> None:
    db = creator_session
    creator = local_creator(db)
    job = generate(db, creator, video_request(course="saturation-secrets"))
    assert job.id is not None
    with pytest.raises(
        UserError, match=f"job {job.id}: is queued; only a failed or cancelled job can be retried"
    ):
        retry_job(db, creator, job.id)
    stranger = get_or_create_user(db, "stranger@example.com", "Stranger")
    with pytest.raises(UserError, match="no such job among your videos"):
        cancel_job(db, stranger, job.id)
    with pytest.raises(UserError, match="no such job among your videos"):
        events_of(db, stranger, job.id)
    job.status = "completed"
    db.add(job)
    db.commit()
    with pytest.raises(
        UserError, match="is completed; only a queued, running or failed job can be cancelled"
    ):
        cancel_job(db, creator, job.id)
