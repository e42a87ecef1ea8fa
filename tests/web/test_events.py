"""A job's events as Server-Sent Events: in order, history first for a late subscriber, live after that,
ending after `completed` or `failed`; a watcher leaving does not stop the job."""

import asyncio
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from domain.events import Failed, JobEvent, RenderProgressed, StepFinished, StepStarted
from service import generate_video
from service.workers import WorkerSettings
from store.events import append_event
from store.models import JobEventRecord, VideoLibraryEntry
from store.requests import video_request
from store.status import update_job_status
from tests.web import stand_ins
from tests.web.conftest import ALICE, PASSWORD, Studio, log_in
from tests.web.live_server import serve
from tests.web.sse import Received, read_events
from web import sse
from web.settings import StudioSettings
from web.sse import EventHub

REQUEST = {"course": "saturation-secrets", "duration": 15}


def stream(client: TestClient, job_id: int, **headers: str) -> list[Received]:
    with client.stream("GET", f"/api/videos/{job_id}/events", headers=headers) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return read_events(response.iter_lines())


def test_a_late_subscriber_gets_everything_in_order_and_the_stream_ends(
    studio: Studio, alice: TestClient
) -> None:
    job_id = alice.post("/api/videos", json=REQUEST).json()["job_id"]
    stand_ins.finish(studio.db, job_id)
    received = stream(alice, job_id)
    names = [event.event for event in received]
    assert names[0] == "status" and names[-1] == "completed"
    assert names.index("preview") < names.index("completed")
    assert [int(event.id) for event in received] == list(range(1, len(received) + 1))
    assert received[names.index("preview")].data["duration_in_frames"] == 60
    assert received[-1].data["type"] == "completed" and received[-1].data["video_id"]
    resumed = stream(alice, job_id, **{"Last-Event-ID": received[-3].id})
    assert [event.id for event in resumed] == [event.id for event in received[-2:]]


def test_a_retried_job_streams_past_its_old_failure_to_its_new_end(studio: Studio, alice: TestClient) -> None:
    job_id = alice.post("/api/videos", json=REQUEST).json()["job_id"]
    append_event(studio.db, stand_ins.fail(studio.db, job_id), Failed(error="chromium crashed"))
    failed = stream(alice, job_id)
    assert failed[-1].event == "failed"
    assert alice.post(f"/api/videos/{job_id}/retry").status_code == 202
    stand_ins.finish(studio.db, job_id)
    received = stream(alice, job_id)
    names = [event.event for event in received]
    assert "failed" in names and names[-1] == "completed"
    assert names.index("failed") < names.index("preview") < names.index("completed")
    resumed = stream(alice, job_id, **{"Last-Event-ID": failed[-1].id})
    assert [event.id for event in resumed] == [event.id for event in received[len(failed) :]]


def test_a_live_subscriber_sees_every_kind_of_event_as_it_happens(studio: Studio, alice: TestClient) -> None:
    job_id = alice.post("/api/videos", json=REQUEST).json()["job_id"]
    job = stand_ins.job(studio.db, job_id)

    def run_the_job() -> None:
        time.sleep(0.3)
        update_job_status(studio.db, job, "gathering_context")
        append_event(studio.db, job, StepStarted(step="gathering_context"))
        append_event(studio.db, job, StepFinished(step="gathering_context", seconds=0.1, detail="a course"))
        time.sleep(0.2)
        update_job_status(studio.db, job, "rendering")
        append_event(studio.db, job, RenderProgressed(fraction=0.5, frames_rendered=225, frames_total=450))
        update_job_status(studio.db, job, "failed", error="chromium crashed")

        append_event(studio.db, job, Failed(error="chromium crashed"))

    runner = threading.Thread(target=run_the_job)
    runner.start()
    received = stream(alice, job_id)
    runner.join()
    assert [event.event for event in received] == [
        "status",
        "step",
        "step",
        "status",
        "render_progress",
        "status",
        "failed",
    ]
    assert [event.data.get("status") for event in received if event.event == "status"] == [
        "gathering_context",
        "rendering",
        "failed",
    ]
    assert received[2].data == {
        "type": "step_finished",
        "step": "gathering_context",
        "seconds": 0.1,
        "detail": "a course",
        "ok": True,
    }
    assert received[-1].data["error"] == "chromium crashed"


def test_a_watcher_that_leaves_early_leaves_the_job_alone(studio: Studio, alice: TestClient) -> None:
    job_id = alice.post("/api/videos", json=REQUEST).json()["job_id"]
    stand_ins.validate(studio.db, job_id)
    with alice.stream("GET", f"/api/videos/{job_id}/events") as response:
        first = next(iter(response.iter_lines()))
        assert first.startswith(("event:", "id:", "data:"))
    stand_ins.finish(studio.db, job_id)
    assert alice.get(f"/api/videos/{job_id}").json()["status"] == "completed"
    assert [event.event for event in stream(alice, job_id)][-1] == "completed"


def test_cancelling_a_queued_job_ends_its_stream_with_failed(studio: Studio, alice: TestClient) -> None:
    job_id = alice.post("/api/videos", json=REQUEST).json()["job_id"]

    def cancel_soon() -> None:
        time.sleep(0.3)
        with studio.client() as other:
            log_in(other, "alice@example.com")
            assert other.post(f"/api/videos/{job_id}/cancel").status_code == 202

    canceller = threading.Thread(target=cancel_soon)
    canceller.start()
    received = stream(alice, job_id)
    canceller.join()
    assert [event.event for event in received] == ["status", "failed"]
    assert received[-1].data["error"] == "cancelled by the creator"
    again = alice.post(f"/api/videos/{job_id}/cancel")
    assert again.status_code == 422 and "only a queued, running or failed job" in again.json()["error"]


async def test_many_streams_on_one_job_share_one_poll(
    studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:

    reads = 0
    real_read = sse._read

    def counted_read(job_id: int, after_seq: int) -> list[JobEvent]:
        nonlocal reads
        reads += 1
        return real_read(job_id, after_seq)

    monkeypatch.setattr(sse, "_read", counted_read)

    job = generate_video(studio.db, studio.user("alice@example.com"), video_request(**REQUEST))
    assert job.id is not None
    hub = EventHub(poll_s=0.05)

    async def watch() -> list[str]:
        return [event.data.type async for event in hub.follow(job.id or 0)]

    watchers = [asyncio.create_task(watch()) for _ in range(50)]
    await asyncio.sleep(0.3)
    await asyncio.to_thread(stand_ins.finish, studio.db, job.id)
    seen = await asyncio.wait_for(asyncio.gather(*watchers), 30)
    assert all(kinds == seen[0] for kinds in seen) and seen[0][-1] == "completed"
    ticks = 0.3 / 0.05
    assert reads < ticks * 4, f"{reads} reads for 50 streams: one poll per job, not per stream"


async def test_more_open_streams_than_database_connections_leave_the_api_answering(studio: Studio) -> None:
    settings = StudioSettings(workers=WorkerSettings(count=0), sse_poll_s=0.1)
    streams = 60  # more than the database pool (15) and the thread pool (40) hold
    with serve(settings) as origin:
        async with httpx.AsyncClient(base_url=origin, timeout=20) as client:
            login = await client.post("/api/login", json={"email": ALICE, "password": PASSWORD})
            client.headers["X-CSRF-Token"] = login.json()["csrf_token"]
            job_id = (await client.post("/api/videos", json=REQUEST)).json()["job_id"]
            opened = asyncio.Event()
            count = 0

            async def watch() -> list[str]:
                nonlocal count
                async with client.stream("GET", f"/api/videos/{job_id}/events") as response:
                    assert response.status_code == 200
                    count += 1
                    if count == streams:
                        opened.set()
                    return [line async for line in response.aiter_lines() if line.startswith("event:")]

            watchers = [asyncio.create_task(watch()) for _ in range(streams)]
            await asyncio.wait_for(opened.wait(), 20)
            assert (await client.get(f"/api/videos/{job_id}")).status_code == 200
            assert (await client.post(f"/api/videos/{job_id}/cancel")).status_code == 202
            ended = await asyncio.wait_for(asyncio.gather(*watchers), 15)
    assert all(lines == ["event: status", "event: failed"] for lines in ended), ended[0]


@pytest.mark.parametrize("ending", ["completed", "cancelled"])
def test_a_job_whose_runner_stopped_before_its_last_event_still_ends_its_stream(
    studio: Studio, ending: str
) -> None:
    """The row says the job ended, but the runner died before recording the event that says so: after the
    grace period its followers get that event, built from the row, and the stream ends."""
    settings = StudioSettings(workers=WorkerSettings(count=0), sse_poll_s=0.05, sse_final_grace_s=0.3)
    with studio.client(settings) as client:
        log_in(client, ALICE)
        job_id = client.post("/api/videos", json=REQUEST).json()["job_id"]
        if ending == "completed":
            finished = stand_ins.finish(studio.db, job_id)
            last = studio.db.exec(
                select(JobEventRecord).where(
                    JobEventRecord.job_id == job_id, JobEventRecord.type == "completed"
                )
            ).one()
            studio.db.delete(last)
            studio.db.commit()
            entry = studio.db.exec(select(VideoLibraryEntry).where(VideoLibraryEntry.job_id == job_id)).one()
            expected = {"type": "completed", "video_id": entry.id, "files": dict(finished.artifacts)}
        else:
            update_job_status(studio.db, stand_ins.job(studio.db, job_id), "gathering_context")
            update_job_status(
                studio.db, stand_ins.job(studio.db, job_id), "cancelled", error="cancelled by you"
            )
            expected = {"type": "failed", "error": "cancelled by you"}
        started = time.monotonic()
        received = stream(client, job_id)
    assert time.monotonic() - started >= 0.3
    assert received[-1].event == ("completed" if ending == "completed" else "failed")
    assert received[-1].data == expected
    assert received[-1].id == received[-2].id, "the made-up event takes the last recorded event's id"
    assert [event.event for event in received].count(received[-1].event) == 1
