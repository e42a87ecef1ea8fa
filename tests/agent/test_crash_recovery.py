"""A job whose runner dies mid-render is completed by the next runner start, from its validated code."""

import asyncio
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from agent.runner import JobRunner
from store.models import VideoJob
from tests.agent.conftest import TEST_SETTINGS
from video.engine.media import probe
from video.services import Services

pytestmark = pytest.mark.render

ROOT = Path(__file__).resolve().parents[2]


async def wait_for_status(db: Session, status: str, timeout_s: float = 600) -> VideoJob:
    for _ in range(int(timeout_s * 4)):
        db.expire_all()
        job = db.exec(select(VideoJob)).first()
        if job is not None and job.status == status:
            return job
        if job is not None and job.status == "failed":
            raise AssertionError(f"the job failed before {status}: {job.error}")
        await asyncio.sleep(0.25)
    raise AssertionError(f"the job never reached {status}")


async def test_a_job_killed_mid_render_is_completed_by_the_next_runner(db: Session, tmp_path: Path) -> None:
    first_out = tmp_path / "first"
    process = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "ppr-video"),
        "generate",
        "--course",
        "saturation-secrets",
        "--duration",
        "15",
        "--scale",
        "0.25",
        "--out",
        str(first_out),
        "--json",
        cwd=ROOT,
        env={**os.environ},
        start_new_session=True,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        job = await wait_for_status(db, "rendering")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        await process.wait()
    assert job.generated_code and job.status == "rendering"

    # The next runner start: a new process would use the same data folder, so the same asset store.
    async with Services.start() as services:
        runner = JobRunner(services, settings=TEST_SETTINGS, out_dir=first_out)
        outcomes = await runner.run_queue(db, stale_after=timedelta(0))

    assert [outcome.job.id for outcome in outcomes] == [job.id]
    finished = outcomes[0].job
    assert finished.status == "completed"
    assert finished.retry_count == 1 and any("interrupted" in note for note in finished.notes)
    assert finished.stop_reason and finished.stop_reason.startswith("resumed")
    assert abs(probe(first_out / "video.mp4").frames - 450) <= 1
