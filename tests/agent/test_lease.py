"""A runner's lease is renewed from a thread of its own: also while its event loop is blocked."""

import time
from datetime import timedelta

from sqlmodel import Session

from agent.lease import LeaseTimes, keep_lease
from store.clock import as_utc
from store.job_queue import claim_next_job
from store.jobs import generate
from store.models import User, VideoJob
from store.requests import video_request

TIMES = LeaseTimes(stale_after=timedelta(seconds=1), renew_every=timedelta(seconds=0.05))


def test_the_lease_is_renewed_while_the_runner_blocks_and_stops_after(db: Session, creator: User) -> None:
    job = generate(db, creator, video_request(course="saturation-secrets"))
    claimed = claim_next_job(db, "runner-a")
    assert claimed is not None and job.id is not None and claimed.heartbeat_at is not None
    first = as_utc(claimed.heartbeat_at)
    engine = db.get_bind()
    with keep_lease(engine, job.id, "runner-a", TIMES):  # type: ignore[arg-type]
        time.sleep(0.4)  # blocking, as a runner's synchronous stretch would be
        db.expire_all()
        renewed = as_utc(db.get_one(VideoJob, job.id).heartbeat_at)  # type: ignore[arg-type]
    assert renewed > first
    time.sleep(0.1)  # a renewal in flight when the block ended lands now
    db.expire_all()
    later = db.get_one(VideoJob, job.id).heartbeat_at
    time.sleep(0.3)
    db.expire_all()
    assert db.get_one(VideoJob, job.id).heartbeat_at == later, "no renewals after the block"
