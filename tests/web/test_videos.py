"""Queueing videos from requests and briefs, reading jobs, threads, iterations, retries, deleting, the
library and the catalog."""

import json
import os
import time
from collections.abc import Iterator
from typing import Any

from fastapi.testclient import TestClient

from domain.events import StepFinished, StepStarted
from domain.paths import job_dir
from store.events import append_event
from store.models import VideoJob
from tests.store.builders import brief_data, row_counts
from tests.web import stand_ins
from tests.web.conftest import BOB, Studio

REQUEST = {"course": "saturation-secrets", "duration": 15, "style": "cinematic", "aspect": "16:9"}


def queue(client: TestClient, body: dict[str, Any] | None = None, **params: Any) -> int:
    response = client.post("/api/videos", json=body or REQUEST, params=params)
    assert response.status_code == 202, response.text
    job_id: int = response.json()["job_id"]
    return job_id


def test_a_request_for_the_creators_own_course_is_queued(studio: Studio, alice: TestClient) -> None:
    job_id = queue(alice, scale=0.25)
    job = stand_ins.job(studio.db, job_id)
    assert (job.status, job.duration_s, job.style, job.aspect, job.render_scale) == (
        "queued",
        15,
        "cinematic",
        "16:9",
        0.25,
    )
    video = alice.get(f"/api/videos/{job_id}").json()
    assert video["job_id"] == job_id and video["status"] == "queued" and video["progress"] == 0
    assert video["version"] == 1 and video["parent_job_id"] is None and video["files"] == {}
    assert video["version_label"].startswith("Version 1")


def test_a_brief_queues_its_video_and_a_brief_without_a_prompt_is_fine(
    studio: Studio, alice: TestClient
) -> None:
    job_id = queue(alice, brief_data(prompt=""))
    job = stand_ins.job(studio.db, job_id)
    assert job.course_id is not None and job.prompt == ""


def test_a_bad_brief_is_422_naming_the_field_and_writes_nothing(studio: Studio, alice: TestClient) -> None:
    before = row_counts(studio.db)
    cases = [
        (brief_data(duration=45), "brief.duration"),
        (brief_data(store={**brief_data()["store"], "slug": "Not A Slug"}), "brief.store.slug"),
        (brief_data(colour="red"), "brief.colour"),
        (brief_data(store={**brief_data()["store"], "logo": "/etc/passwd"}), "brief.store.logo"),
        ({"course": "no-such-course"}, "request.course"),
        ({"duration": 15}, "request"),
        ({"prompt": "x" * 5000}, "request.prompt"),
    ]
    for body, field in cases:
        response = alice.post("/api/videos", json=body)
        assert response.status_code == 422, (field, response.text)
        error = response.json()
        assert error["field"] == field and error["error"].startswith(f"{field}:"), error
        assert "\n" not in error["error"] and "Traceback" not in error["error"]
    assert row_counts(studio.db) == before


def test_another_creators_store_slug_in_a_brief_is_refused(studio: Studio, alice: TestClient) -> None:
    bobs_store = f"pause-play-repeat-{studio.user(BOB).id}"
    response = alice.post("/api/videos", json=brief_data(store={**brief_data()["store"], "slug": bobs_store}))
    assert response.status_code == 422 and response.json()["field"] == "brief.store.slug"


def test_a_body_that_is_not_json_or_not_an_object_is_422(alice: TestClient) -> None:
    broken = alice.post("/api/videos", content=b'{"course": ', headers={"Content-Type": "application/json"})
    assert broken.status_code == 422 and broken.json()["error"] == "body: must be valid JSON"
    assert alice.post("/api/videos", json=[1, 2]).status_code == 422


def test_bodies_over_256_kb_are_413_whatever_content_length_says(studio: Studio, alice: TestClient) -> None:
    big = json.dumps({"prompt": "x" * (300 * 1024)}).encode()
    declared = alice.post("/api/videos", content=big, headers={"Content-Type": "application/json"})
    assert declared.status_code == 413 and declared.json() == {"error": "body: must be at most 256 KB"}

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(big), 16 * 1024):
            yield big[start : start + 16 * 1024]

    streamed = alice.post("/api/videos", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413
    assert studio.db.connection().exec_driver_sql("SELECT count(*) FROM video_jobs").scalar() == 0


def test_jobs_are_listed_newest_first_and_filtered_by_status(studio: Studio, alice: TestClient) -> None:
    first, second = queue(alice), queue(alice)
    stand_ins.fail(studio.db, first)
    assert [v["job_id"] for v in alice.get("/api/videos").json()] == [second, first]
    failed = alice.get("/api/videos", params={"status": "failed"}).json()
    assert [(v["job_id"], v["error"]) for v in failed] == [(first, "chromium crashed")]
    bad = alice.get("/api/videos", params={"status": "done"})
    assert bad.status_code == 422 and bad.json()["field"] == "status"


def test_a_finished_job_shows_its_steps_and_files(studio: Studio, alice: TestClient) -> None:
    job_id = queue(alice)
    stand_ins.finish(studio.db, job_id)
    video = alice.get(f"/api/videos/{job_id}").json()
    assert video["status"] == "completed" and video["progress"] == 100
    assert video["files"] == {
        name: f"/api/videos/{job_id}/files/{name}"
        for name in ("video.mp4", "thumbnail.jpg", "subtitles.srt", "subtitles.vtt", "captions.json")
    }


def test_steps_carry_their_detail_and_seconds(studio: Studio, alice: TestClient) -> None:

    job_id = queue(alice)
    job = stand_ins.job(studio.db, job_id)
    append_event(studio.db, job, StepStarted(step="generating_script", detail="writing"))
    append_event(studio.db, job, StepFinished(step="generating_script", seconds=1.5, detail="5 scenes, 30 s"))
    append_event(studio.db, job, StepStarted(step="generating_assets", detail="images"))
    steps = alice.get(f"/api/videos/{job_id}").json()["steps"]
    assert steps == [
        {"name": "generating_script", "detail": "5 scenes, 30 s", "seconds": 1.5, "ok": True},
        {"name": "generating_assets", "detail": "images", "seconds": None, "ok": None},
    ]


def test_iterations_make_the_next_version_and_versions_are_labelled(
    studio: Studio, alice: TestClient
) -> None:
    job_id = queue(alice)
    early = alice.post(f"/api/videos/{job_id}/iterations", json={"feedback": "punchier"})
    assert early.status_code == 422 and "only a completed video" in early.json()["error"]
    stand_ins.finish(studio.db, job_id)
    response = alice.post(
        f"/api/videos/{job_id}/iterations", json={"feedback": "make the hook more aggressive"}
    )
    assert response.status_code == 202
    second = response.json()["job_id"]
    assert alice.get(f"/api/videos/{second}").json()["parent_job_id"] == job_id
    versions = alice.get(f"/api/videos/{second}/versions").json()
    assert [(v["job_id"], v["version"], v["label"]) for v in versions] == [
        (job_id, 1, "Version 1 (original)"),
        (second, 2, "Version 2 (made hook more aggressive)"),
    ]
    empty = alice.post(f"/api/videos/{job_id}/iterations", json={"feedback": "  "})
    assert empty.status_code == 422 and empty.json()["field"] == "feedback"


def test_retry_requeues_a_failed_job_optionally_with_the_template(studio: Studio, alice: TestClient) -> None:
    job_id = queue(alice)
    refused = alice.post(f"/api/videos/{job_id}/retry")
    assert refused.status_code == 422 and "only a failed or cancelled job" in refused.json()["error"]
    stand_ins.fail(studio.db, job_id)
    assert alice.post(f"/api/videos/{job_id}/retry", params={"template": "true"}).status_code == 202
    job = stand_ins.job(studio.db, job_id)
    assert job.status == "queued" and job.template_only and job.retry_count == 0


def test_delete_removes_a_finished_job_and_its_files_but_not_a_running_one(
    studio: Studio, alice: TestClient
) -> None:
    job_id = queue(alice)
    refused = alice.delete(f"/api/videos/{job_id}")
    assert refused.status_code == 409 and "cancel it before deleting" in refused.json()["error"]
    stand_ins.finish(studio.db, job_id)
    post = alice.post(
        "/api/scheduled-posts",
        json={"job_id": job_id, "platforms": ["instagram"], "at": "2100-01-01T10:00:00Z"},
    )
    assert post.status_code == 201
    assert alice.delete(f"/api/videos/{job_id}").status_code == 204
    assert not job_dir(job_id).exists()
    assert studio.db.get(VideoJob, job_id) is None
    assert alice.get(f"/api/videos/{job_id}").status_code == 404
    assert alice.get("/api/library").json() == [] and alice.get("/api/scheduled-posts").json() == []


def test_the_library_lists_finished_videos_newest_first(studio: Studio, alice: TestClient) -> None:
    first, second, unfinished = queue(alice), queue(alice), queue(alice)
    stand_ins.finish(studio.db, first)
    stand_ins.finish(studio.db, second)
    library = alice.get("/api/library").json()
    assert [item["job_id"] for item in library] == [second, first]
    assert unfinished not in [item["job_id"] for item in library]
    assert library[0]["files"]["video.mp4"] == f"/api/videos/{second}/files/video.mp4"
    assert library[0]["title"] == "Warm Mixes"


def test_a_file_published_after_the_video_finished_shows_in_its_status_and_the_library(
    studio: Studio, alice: TestClient
) -> None:
    job_id = queue(alice)
    stand_ins.finish(studio.db, job_id)
    settled = time.time_ns() - 10**10
    os.utime(job_dir(job_id), ns=(settled, settled))
    for _ in range(2):
        assert "video-captioned.mp4" not in alice.get(f"/api/videos/{job_id}").json()["files"]
        assert "video-captioned.mp4" not in alice.get("/api/library").json()[0]["files"]
    (job_dir(job_id) / "video-captioned.mp4").write_bytes(b"x")
    captioned = f"/api/videos/{job_id}/files/video-captioned.mp4"
    assert alice.get(f"/api/videos/{job_id}").json()["files"]["video-captioned.mp4"] == captioned
    assert alice.get("/api/library").json()[0]["files"]["video-captioned.mp4"] == captioned


def test_the_catalog_lists_the_creators_own_stores_courses_and_products(
    studio: Studio, alice: TestClient, bob: TestClient
) -> None:
    stores = alice.get("/api/catalog").json()["stores"]
    assert [store["slug"] for store in stores] == [f"pause-play-repeat-{studio.user('alice@example.com').id}"]
    assert "saturation-secrets" in [course["slug"] for course in stores[0]["courses"]]
    assert stores[0]["products"] and all(product["type"] for product in stores[0]["products"])
    assert bob.get("/api/catalog").json()["stores"][0]["slug"] != stores[0]["slug"]


def test_scheduled_posts_are_created_listed_and_cancelled(studio: Studio, alice: TestClient) -> None:
    job_id = queue(alice)
    body = {"job_id": job_id, "platforms": ["instagram", "tiktok"], "at": "2100-01-01T10:00:00Z"}
    not_finished = alice.post("/api/scheduled-posts", json=body)
    assert not_finished.status_code == 422 and not_finished.json()["field"] == "job_id"
    stand_ins.finish(studio.db, job_id)
    created = alice.post("/api/scheduled-posts", json={**body, "captions": {"tiktok": "Warm <b>mixes</b>"}})
    assert created.status_code == 201
    post = created.json()
    assert post["captions"] == {"instagram": "Warm mixes, finally.", "tiktok": "Warm <b>mixes</b>"}
    assert [p["id"] for p in alice.get("/api/scheduled-posts").json()] == [post["id"]]
    bad = alice.post("/api/scheduled-posts", json={**body, "platforms": ["myspace"]})
    assert bad.status_code == 422 and bad.json()["field"] == "platforms"
    past = alice.post("/api/scheduled-posts", json={**body, "at": "2001-01-01T10:00:00Z"})
    assert past.status_code == 422 and past.json()["field"] == "at"
    assert alice.delete(f"/api/scheduled-posts/{post['id']}").status_code == 204
    assert alice.get("/api/scheduled-posts").json()[0]["status"] == "cancelled"
    assert alice.delete(f"/api/scheduled-posts/{post['id']}").status_code == 422
