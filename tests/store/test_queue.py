from datetime import timedelta

import pytest
from sqlmodel import Session

from store.clock import utc_now
from store.job_queue import (
    claim_job,
    claim_next_job,
    find_interrupted_jobs,
    release_claims_of_gone_runners,
)
from store.jobs import generate
from store.models import User, VideoJob
from store.requests import video_request
from store.status import update_job_status
from tests.store.builders import add_catalog, creator


@pytest.fixture
def alice(session: Session) -> User:
    user = creator(session, "alice")
    add_catalog(session, user)
    return user


def new_job(session: Session, user: User, prompt: str = "x") -> VideoJob:
    return generate(session, user, video_request(prompt=prompt))


def test_runners_claim_the_oldest_queued_job_once(session: Session, alice: User) -> None:
    first, second = new_job(session, alice, "first"), new_job(session, alice, "second")

    claimed = claim_next_job(session, "runner-a")
    assert claimed is not None and claimed.id == first.id and claimed.claimed_by == "runner-a"
    assert claim_job(session, first, "runner-b") is False
    other = claim_next_job(session, "runner-b")
    assert other is not None and other.id == second.id
    assert claim_next_job(session, "runner-c") is None


def test_a_job_left_mid_pipeline_by_a_crashed_runner_is_picked_up_again(
    session: Session, alice: User
) -> None:
    job = new_job(session, alice)
    long_ago = utc_now() - timedelta(minutes=10)
    assert claim_job(session, job, "crashed-runner", now=long_ago)
    update_job_status(session, job, "rendering", now=long_ago)
    assert [j.id for j in find_interrupted_jobs(session)] == [job.id]

    resumed = claim_next_job(session, "new-runner")
    assert resumed is not None and resumed.id == job.id
    assert (resumed.status, resumed.claimed_by, resumed.retry_count) == ("queued", "new-runner", 1)
    assert resumed.notes == ["attempt 1 failed: interrupted: its runner stopped during rendering"]
    assert find_interrupted_jobs(session) == []


def test_a_live_runners_job_is_not_taken(session: Session, alice: User) -> None:
    job = new_job(session, alice)
    assert claim_job(session, job, "runner-a")
    update_job_status(session, job, "rendering")
    assert find_interrupted_jobs(session) == []
    assert claim_next_job(session, "runner-b") is None


def test_failed_jobs_are_retried_after_the_delay_while_retries_remain(session: Session, alice: User) -> None:
    job = new_job(session, alice)
    claim_job(session, job, "runner-a")
    update_job_status(session, job, "failed", error="network hiccup")

    assert claim_next_job(session, "runner-a") is None
    later = utc_now() + timedelta(seconds=6)
    retried = claim_next_job(session, "runner-a", now=later)
    assert retried is not None and (retried.id, retried.status, retried.retry_count) == (job.id, "queued", 1)


def test_a_job_interrupted_three_times_stays_failed(session: Session, alice: User) -> None:
    job = new_job(session, alice)
    now = utc_now()
    for _ in range(3):
        now += timedelta(minutes=5)
        claimed = claim_next_job(session, "flaky-runner", now=now)
        assert claimed is not None and claimed.id == job.id
        update_job_status(session, job, "generating_code", now=now)
    now += timedelta(minutes=5)

    assert claim_next_job(session, "another-runner", now=now) is None
    session.refresh(job)
    assert (job.status, job.retry_count) == ("failed", 3)
    assert job.error == "interrupted: its runner stopped during generating_code"


def test_a_renewed_lease_keeps_a_waiting_runners_job_from_other_runners(
    session: Session, alice: User
) -> None:
    from store.job_queue import renew_lease

    job = new_job(session, alice)
    start = utc_now()
    claimed = claim_next_job(session, "runner-a", now=start)
    assert claimed is not None and claimed.id == job.id and job.id is not None
    update_job_status(session, job, "generating_script", now=start)
    later = start + timedelta(seconds=50)
    assert renew_lease(session, job.id, "runner-a", now=later)
    assert claim_next_job(session, "runner-b", now=start + timedelta(seconds=90)) is None, "renewed at 50 s"
    assert not renew_lease(session, job.id, "runner-b", now=later), "only the runner that holds it renews"
    update_job_status(session, job, "cancelled")
    assert not renew_lease(session, job.id, "runner-a", now=later), "a finished job's lease ends"


def test_jobs_of_a_runner_known_to_be_gone_are_freed_without_waiting_out_the_lease(
    session: Session, alice: User
) -> None:
    running, waiting, alive = (
        new_job(session, alice, "a"),
        new_job(session, alice, "b"),
        new_job(session, alice),
    )
    assert claim_job(session, running, "host:101:1") and claim_job(session, waiting, "host:101:2")
    assert claim_job(session, alive, "host:202:1")
    update_job_status(session, running, "rendering")
    update_job_status(session, alive, "rendering")
    assert claim_next_job(session, "host:303:1") is None, "the leases are fresh"

    released = release_claims_of_gone_runners(session, lambda runner: runner.startswith("host:101:"))

    assert sorted(released) == sorted([running.id, waiting.id])
    assert [job.id for job in find_interrupted_jobs(session)] == [running.id]
    first = claim_next_job(session, "host:303:1")
    second = claim_next_job(session, "host:303:1")
    assert {first.id if first else None, second.id if second else None} == {running.id, waiting.id}
    session.refresh(alive)
    assert (alive.claimed_by, alive.status) == ("host:202:1", "rendering")
