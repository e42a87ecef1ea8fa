from pathlib import Path

import pytest
from sqlmodel import Session

from domain.errors import NotFound, UserError
from store.jobs import generate, get_job, get_progress, get_recent_jobs, iterate
from store.models import User
from store.requests import video_request
from store.status import update_job_status
from tests.store.builders import PRODUCT, creator, finish_job, queue_from_brief, store_data


@pytest.fixture
def alice(session: Session) -> User:
    user = creator(session, "alice")
    queue_from_brief(session, user)
    queue_from_brief(session, user, course=None, product=PRODUCT)
    return user


def test_generate_queues_a_job_about_the_creators_course(session: Session, alice: User) -> None:
    job = generate(
        session, alice, video_request(course="warm-mixes", duration=60, aspect="16:9", style="cinematic")
    )

    assert (job.status, job.progress, job.version, job.parent_id) == ("queued", 0, 1, None)
    assert job.version_label == "Version 1 (original)"
    assert (job.duration_s, job.aspect, job.style, job.voice) == (60, "16:9", "cinematic", True)
    assert job.course_id is not None and job.product_id is None
    assert len(job.thread_id) == 32


def test_generate_for_a_product_and_for_a_prompt_only(session: Session, alice: User) -> None:
    product_job = generate(session, alice, video_request(product="dusty-keys"))
    brand_job = generate(session, alice, video_request(prompt="  Our story  "))

    assert product_job.product_id is not None and product_job.course_id is None
    assert (brand_job.course_id, brand_job.product_id, brand_job.prompt) == (None, None, "Our story")
    assert brand_job.thread_id != product_job.thread_id


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"duration": 45, "prompt": "x"}, "request.duration: must be one of 15, 30, 60 or 90 (got 45)"),
        (
            {"aspect": "4:3", "prompt": "x"},
            "request.aspect: must be one of '9:16', '16:9' or '1:1' (got '4:3')",
        ),
        ({"style": "loud", "prompt": "x"}, "request.style: must be one of"),
        ({"prompt": "  "}, "request: give a prompt, a course or a product"),
        ({"course": "a", "product": "b"}, "request: ask for a video about a course or a product, not both"),
        ({"course": "Warm Mixes"}, "request.course: must be a lowercase slug"),
        ({"prompt": "x", "colour": "red"}, "request.colour: unknown field"),
    ],
)
def test_bad_requests_name_the_field(fields: dict[str, object], message: str) -> None:
    with pytest.raises(UserError) as refused:
        video_request(**fields)
    assert str(refused.value).startswith(message)


def test_another_creators_course_is_refused_like_an_unknown_one(session: Session, alice: User) -> None:
    bob = creator(session, "bob")
    queue_from_brief(
        session, bob, store=store_data("bobs-beats"), course={"slug": "bob-only", "title": "B", "price": 1}
    )

    with pytest.raises(NotFound) as unknown:
        generate(session, alice, video_request(course="no-such-course"))
    with pytest.raises(NotFound) as foreign:
        generate(session, alice, video_request(course="bob-only"))
    assert str(unknown.value) == "request.course: you have no course 'no-such-course'; check the slug"
    assert str(foreign.value) == "request.course: you have no course 'bob-only'; check the slug"
    with pytest.raises(NotFound, match=r"request\.store: you have no store 'bobs-beats'"):
        generate(session, alice, video_request(prompt="x", store="bobs-beats"))


def test_a_creator_without_a_store_is_told_how_to_get_one(session: Session) -> None:
    with pytest.raises(UserError, match="you have no store yet; run `ppr-video demo-data`"):
        generate(session, creator(session, "carol"), video_request(prompt="x"))


def test_iterate_links_the_new_job_to_its_parent_and_thread(
    session: Session, alice: User, tmp_path: Path
) -> None:
    first = generate(session, alice, video_request(course="warm-mixes", voice_id="v1"))
    finish_job(session, first, tmp_path / "v1")

    second = iterate(session, alice, first.id, "Make the hook shorter")
    assert (second.parent_id, second.thread_id, second.version) == (first.id, first.thread_id, 2)
    assert second.version_label == "Version 2 (made hook shorter)"
    assert (second.feedback, second.status, second.voice_id, second.course_id) == (
        "Make the hook shorter",
        "queued",
        "v1",
        first.course_id,
    )

    finish_job(session, second, tmp_path / "v2")
    from_first_again = iterate(session, alice, first.id, "change the colours to blue")
    assert (from_first_again.parent_id, from_first_again.version) == (first.id, 3)
    assert from_first_again.version_label == "Version 3 (changed colours to blue)"


def test_iterate_refuses_unfinished_jobs_empty_feedback_and_other_creators(
    session: Session, alice: User, tmp_path: Path
) -> None:
    job = generate(session, alice, video_request(course="warm-mixes"))
    with pytest.raises(
        UserError, match=f"job {job.id}: is queued; only a completed video can be iterated on"
    ):
        iterate(session, alice, job.id, "faster")
    finish_job(session, job, tmp_path)
    with pytest.raises(UserError, match="feedback: say what to change"):
        iterate(session, alice, job.id, "   ")

    bob = creator(session, "bob")
    with pytest.raises(NotFound) as foreign:
        iterate(session, bob, job.id, "faster")
    with pytest.raises(NotFound) as unknown:
        iterate(session, bob, 999_999, "faster")
    assert str(foreign.value) == str(unknown.value).replace("999999", str(job.id))


def test_recent_jobs_are_newest_first_and_include_failed_ones(session: Session, alice: User) -> None:
    jobs = [generate(session, alice, video_request(prompt=f"video {n}")) for n in range(3)]
    update_job_status(session, jobs[1], "failed", error="renderer crashed")
    bob = creator(session, "bob")

    recent = get_recent_jobs(session, alice)
    assert [job.prompt for job in recent][:3] == ["video 2", "video 1", "video 0"]
    assert recent[1].status == "failed" and recent[1].error == "renderer crashed"
    assert [job.id for job in get_recent_jobs(session, alice, limit=2)] == [jobs[2].id, jobs[1].id]
    assert get_recent_jobs(session, bob) == []


def test_progress_reports_status_and_video_and_is_private(
    session: Session, alice: User, tmp_path: Path
) -> None:
    job = generate(session, alice, video_request(course="warm-mixes"))
    update_job_status(session, job, "gathering_context")
    progress = get_progress(session, alice, job.id)
    assert (progress.status, progress.progress, progress.video_id) == ("gathering_context", 10, None)

    video = finish_job(session, job, tmp_path)
    progress = get_progress(session, alice, job.id)
    assert (progress.status, progress.progress, progress.video_id) == ("completed", 100, video.id)

    bob = creator(session, "bob")
    with pytest.raises(NotFound, match=f"job {job.id}: no such job"):
        get_progress(session, bob, job.id)
    with pytest.raises(NotFound, match=f"job {job.id}: no such job"):
        get_job(session, bob, job.id)
    assert get_job(session, alice, job.id).id == job.id
