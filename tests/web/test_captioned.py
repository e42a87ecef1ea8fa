"""The MP4 with subtitles, rendered on demand: POST starts one render per job (a second POST while it runs
answers with the running one), GET follows its progress, and the file is then served from the job's file
table. Ownership, sign-in and CSRF as on every route. The render itself is a stand-in here (the UI test
renders for real)."""

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service import captioned
from tests.web import stand_ins
from tests.web.conftest import Studio
from video.version import RenderSettings, VersionMedia

CAPTIONED_MP4 = b"captioned mp4 bytes" * 50


@pytest.fixture
def finished(studio: Studio, alice: TestClient) -> int:
    job_id: int = alice.post("/api/videos", json={"course": "saturation-secrets"}).json()["job_id"]
    stand_ins.finish(studio.db, job_id)
    return job_id


class SlowRender:
    """A stand-in render that reports half-way, then waits for the test to let it finish."""

    def __init__(self) -> None:
        self.calls = 0
        self.halfway = threading.Event()
        self.release = threading.Event()

    async def __call__(
        self,
        media: VersionMedia,
        settings: RenderSettings,
        out: Path,
        on_progress: captioned.ProgressCallback,
    ) -> None:
        self.calls += 1
        assert settings.burn_captions
        on_progress(0.5)
        self.halfway.set()
        await asyncio.to_thread(self.release.wait, 30)
        await asyncio.to_thread(out.write_bytes, CAPTIONED_MP4)


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowRender]:
    render = SlowRender()
    monkeypatch.setattr(captioned, "render_captioned", render)
    monkeypatch.setattr(captioned, "captioned_input", lambda session, job: (None, RenderSettings()))
    yield render
    render.release.set()


def wait_for(client: TestClient, job_id: int, state: str) -> dict[str, object]:
    deadline = time.monotonic() + 10
    while True:
        body: dict[str, object] = client.get(f"/api/videos/{job_id}/captioned").json()
        if body["state"] == state:
            return body
        assert time.monotonic() < deadline, body
        time.sleep(0.02)


def test_a_render_starts_once_reports_progress_and_is_then_served(
    alice: TestClient, finished: int, slow: SlowRender
) -> None:
    url = f"/api/videos/{finished}/captioned"
    assert alice.get(url).json()["state"] == "none"
    assert alice.get(f"/api/videos/{finished}/files/video-captioned.mp4").status_code == 404

    first = alice.post(url)
    assert first.status_code == 202 and first.json()["state"] == "rendering"
    assert slow.halfway.wait(10)
    again = alice.post(url)
    assert again.status_code == 202 and again.json() == {
        "job_id": finished,
        "state": "rendering",
        "progress": 0.5,
        "error": None,
        "url": None,
    }
    assert alice.get(url).json()["progress"] == 0.5

    slow.release.set()
    ready = wait_for(alice, finished, "ready")
    file_url = f"/api/videos/{finished}/files/video-captioned.mp4"
    assert ready["url"] == file_url and ready["progress"] == 1.0
    assert slow.calls == 1
    download = alice.get(file_url)
    assert download.status_code == 200 and download.content == CAPTIONED_MP4
    assert download.headers["content-type"] == "video/mp4"

    done = alice.post(url)
    assert done.status_code == 200 and done.json()["url"] == file_url
    assert slow.calls == 1


def test_a_failed_render_says_why_and_can_be_asked_again(
    alice: TestClient, finished: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object) -> None:
        raise RuntimeError("the engine crashed")

    monkeypatch.setattr(captioned, "render_captioned", broken)
    monkeypatch.setattr(captioned, "captioned_input", lambda session, job: (None, RenderSettings()))
    assert alice.post(f"/api/videos/{finished}/captioned").status_code == 202
    failed = wait_for(alice, finished, "failed")
    assert "the engine crashed" in str(failed["error"])
    assert alice.post(f"/api/videos/{finished}/captioned").json()["state"] == "rendering"
    wait_for(alice, finished, "failed")


def test_a_job_without_narration_or_not_finished_cannot_have_one(alice: TestClient, finished: int) -> None:
    # The stand-in job's assets are not in the asset store and it has no voice-over.
    response = alice.post(f"/api/videos/{finished}/captioned")
    assert response.status_code == 409 and set(response.json()) == {"error"}
    queued = alice.post("/api/videos", json={"course": "saturation-secrets"}).json()["job_id"]
    response = alice.post(f"/api/videos/{queued}/captioned")
    assert response.status_code == 409 and "completed" in response.json()["error"]


def test_another_creators_job_is_unknown_and_sign_in_and_csrf_are_needed(
    alice: TestClient, bob: TestClient, anonymous: TestClient, finished: int, slow: SlowRender
) -> None:
    unknown = bob.post("/api/videos/999999/captioned")
    foreign = bob.post(f"/api/videos/{finished}/captioned")
    assert foreign.status_code == unknown.status_code == 404
    assert foreign.json()["error"].replace(str(finished), "N") == unknown.json()["error"].replace(
        "999999", "N"
    )
    assert bob.get(f"/api/videos/{finished}/captioned").status_code == 404
    assert anonymous.post(f"/api/videos/{finished}/captioned").status_code == 401
    assert anonymous.get(f"/api/videos/{finished}/captioned").status_code == 401
    token = alice.headers.pop("X-CSRF-Token")
    assert alice.post(f"/api/videos/{finished}/captioned").status_code == 403
    alice.headers["X-CSRF-Token"] = token
    assert slow.calls == 0
