"""Every route checks ownership: another creator's job, its files, preview, events, versions and posts are
404 with the very answer an unknown id gets."""

import re

from fastapi.testclient import TestClient

from tests.web import stand_ins
from tests.web.conftest import Studio

UNKNOWN = 999_999


def same_404(bob: TestClient, method: str, path: str, job_id: int, **kwargs: object) -> None:
    theirs = bob.request(method, path.format(job_id), **kwargs)  # type: ignore[arg-type]
    unknown = bob.request(method, path.format(UNKNOWN), **kwargs)  # type: ignore[arg-type]
    assert theirs.status_code == unknown.status_code == 404, (path, theirs.text)
    assert re.sub(r"\d+", "N", theirs.text) == re.sub(r"\d+", "N", unknown.text), path


def test_another_creators_job_is_404_exactly_like_an_unknown_one(
    studio: Studio, alice: TestClient, bob: TestClient
) -> None:
    job_id = alice.post("/api/videos", json={"course": "saturation-secrets"}).json()["job_id"]
    stand_ins.finish(studio.db, job_id)
    for method, path, kwargs in [
        ("GET", "/api/videos/{}", {}),
        ("GET", "/api/videos/{}/events", {}),
        ("GET", "/api/videos/{}/preview", {}),
        ("GET", "/api/videos/{}/versions", {}),
        ("GET", "/api/videos/{}/files/video.mp4", {}),
        ("GET", "/api/videos/{}/assets/" + stand_ins.IMAGE_KEY, {}),
        ("POST", "/api/videos/{}/iterations", {"json": {"feedback": "shorter"}}),
        ("POST", "/api/videos/{}/retry", {}),
        ("POST", "/api/videos/{}/cancel", {}),
        ("DELETE", "/api/videos/{}", {}),
    ]:
        same_404(bob, method, path, job_id, **kwargs)
    post = {"platforms": ["x"], "at": "2100-01-01T00:00:00Z"}
    theirs = bob.post("/api/scheduled-posts", json={"job_id": job_id, **post})
    unknown = bob.post("/api/scheduled-posts", json={"job_id": UNKNOWN, **post})
    assert theirs.status_code == unknown.status_code == 404
    assert alice.get(f"/api/videos/{job_id}").json()["status"] == "completed", "nothing was changed"
    assert bob.get("/api/videos").json() == [] and bob.get("/api/library").json() == []


def test_another_creators_scheduled_post_is_404(studio: Studio, alice: TestClient, bob: TestClient) -> None:
    job_id = alice.post("/api/videos", json={"course": "saturation-secrets"}).json()["job_id"]
    stand_ins.finish(studio.db, job_id)
    post = alice.post(
        "/api/scheduled-posts", json={"job_id": job_id, "platforms": ["x"], "at": "2100-01-01T00:00:00Z"}
    ).json()
    assert bob.delete(f"/api/scheduled-posts/{post['id']}").status_code == 404
    assert bob.get("/api/scheduled-posts").json() == []
    assert alice.get("/api/scheduled-posts").json()[0]["status"] == "scheduled"


def test_a_request_cannot_name_another_creators_course_or_store(studio: Studio, bob: TestClient) -> None:
    alices_store = f"pause-play-repeat-{studio.user('alice@example.com').id}"
    response = bob.post("/api/videos", json={"course": "saturation-secrets", "store": alices_store})
    assert response.status_code == 422 and response.json()["field"] == "request.store"
