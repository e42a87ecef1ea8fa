from pathlib import Path

import pytest
from sqlmodel import Session

from domain.script import ColorPalette, VideoScene, VideoScript
from store.chat import previous_tsx, save_chat_turn, thread_history
from store.job_records import record_agent_outcome
from store.jobs import generate, iterate
from store.models import User, VideoJob
from store.requests import video_request
from store.script_records import get_script_record, load_script, save_script
from tests.store.builders import add_catalog, creator, finish_job

SCRIPT = VideoScript(
    total_duration=15,
    scenes=[
        VideoScene(id="hook", duration=5, headline="Thin mixes?", mood="frustration"),
        VideoScene(id="cta", duration=10, headline="Enroll now", mood="urgency"),
    ],
    color_palette=ColorPalette(
        primary="#FF5A1F", secondary="#FFB347", accent="#7C5CFF", background="#0E0B14"
    ),
)


@pytest.fixture
def alice(session: Session) -> User:
    user = creator(session, "alice")
    add_catalog(session, user)
    return user


def version(session: Session, user: User, folder: Path, parent: VideoJob | None, tsx: str) -> VideoJob:
    job = (
        generate(session, user, video_request(course="warm-mixes"))
        if parent is None
        else iterate(session, user, parent.id, f"revise to {tsx}")
    )
    save_chat_turn(session, job, f'[{{"turn": "{tsx}"}}]'.encode(), tsx)
    finish_job(session, job, folder)
    return job


def test_a_script_is_stored_as_camel_case_json_and_read_back(session: Session, alice: User) -> None:
    job = generate(session, alice, video_request(course="warm-mixes"))
    save_script(session, job, SCRIPT, "Thin mixes? Enroll now.", ["a tape machine"])

    record = get_script_record(session, job.id)
    assert record is not None and record.script["totalDuration"] == 15
    assert record.script["colorPalette"]["primary"] == "#FF5A1F"
    assert (record.voiceover_text, record.image_prompts) == ("Thin mixes? Enroll now.", ["a tape machine"])
    assert load_script(session, job.id) == SCRIPT

    shorter = SCRIPT.model_copy(update={"total_duration": 5, "scenes": SCRIPT.scenes[:1]})
    save_script(session, job, shorter)
    assert load_script(session, job.id) == shorter
    assert load_script(session, job.id + 1000) is None


def test_history_follows_the_branch_being_iterated(session: Session, alice: User, tmp_path: Path) -> None:
    v1 = version(session, alice, tmp_path / "1", None, "tsx-1")
    v2 = version(session, alice, tmp_path / "2", v1, "tsx-2")
    version(session, alice, tmp_path / "3", v2, "tsx-3")
    branch = iterate(session, alice, v2.id, "from version 2 again")

    history = thread_history(session, branch)
    assert [turn.tsx_snapshot for turn in history] == ["tsx-1", "tsx-2"]
    assert history[0].messages_json == '[{"turn": "tsx-1"}]'
    assert previous_tsx(session, branch) == "tsx-2"
    assert thread_history(session, v1) == [] and previous_tsx(session, v1) is None


def test_previous_tsx_falls_back_to_the_parents_final_code(
    session: Session, alice: User, tmp_path: Path
) -> None:
    first = generate(session, alice, video_request(course="warm-mixes"))
    record_agent_outcome(session, first, generated_code="export default () => null;")
    finish_job(session, first, tmp_path)
    assert previous_tsx(session, iterate(session, alice, first.id, "faster")) == "export default () => null;"


def test_saving_a_turn_twice_keeps_one_row(session: Session, alice: User) -> None:
    job = generate(session, alice, video_request(course="warm-mixes"))
    first = save_chat_turn(session, job, "[]", "a")
    second = save_chat_turn(session, job, b"[1]", "b")
    assert first.id == second.id and (second.messages_json, second.tsx_snapshot) == ("[1]", "b")
